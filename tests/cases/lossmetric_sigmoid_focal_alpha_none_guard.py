# case: RetinaNet sigmoid focal loss with optional alpha (None guard) and per-anchor weights normalized by positive count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SigmoidFocalLoss(nn.Cell):
    def __init__(self, gamma=2.0, alpha=0.25, reduction="sum", loss_weight=1.0):
        super().__init__()
        self.gamma = gamma
        self.alpha = alpha
        self.reduction = reduction
        self.loss_weight = loss_weight

    def _focal_term(self, logits, target):
        p = ops.sigmoid(logits)
        ce = ops.binary_cross_entropy_with_logits(logits, target, ops.ones_like(target),
                                                  ops.ones_like(target), reduction="none")
        p_t = p * target + (1 - p) * (1 - target)
        loss = ce * ops.pow(1 - p_t, self.gamma)
        if self.alpha is not None:
            alpha_t = self.alpha * target + (1 - self.alpha) * (1 - target)
            loss = alpha_t * loss
        return loss

    def construct(self, logits, labels, anchor_weight):
        num_classes = logits.shape[-1]
        target = ops.one_hot(labels, num_classes + 1)[:, :num_classes].astype(logits.dtype)
        loss = self._focal_term(logits, target) * anchor_weight[:, None]
        num_pos = ops.clamp((labels < num_classes).astype(ms.float32).sum(), min=1.0)
        if self.reduction == "sum":
            loss = loss.sum() / num_pos
        elif self.reduction == "mean":
            loss = loss.mean()
        return loss * self.loss_weight


def make():
    np.random.seed(21)
    logits = Tensor(np.random.randn(12, 4).astype(np.float32))
    labels = Tensor(np.array([4, 4, 0, 4, 2, 4, 4, 3, 4, 1, 4, 4], dtype=np.int32))
    w = Tensor(np.ones(12, np.float32))
    return SigmoidFocalLoss(), (logits, labels, w)
