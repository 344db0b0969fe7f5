# case: OHEM over anchors keeping a fixed fraction, k computed from the static number of anchors -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnchorOHEMLoss(nn.Cell):
    def __init__(self, keep_ratio=0.25, min_kept=2, loss_weight=1.0):
        super().__init__()
        self.keep_ratio = keep_ratio
        self.min_kept = min_kept
        self.loss_weight = loss_weight
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def _num_keep(self, num_anchors):
        k = int(num_anchors * self.keep_ratio)
        return max(k, self.min_kept)

    def construct(self, cls_logits, cls_targets, valid):
        b, a, c = cls_logits.shape
        losses = self.ce(cls_logits.reshape(b * a, c), cls_targets.reshape(b * a))
        losses = losses * valid.reshape(b * a)
        k = self._num_keep(b * a)
        hard, _ = ops.topk(losses, k)
        return hard.sum() / k * self.loss_weight


def make():
    np.random.seed(23)
    logits = Tensor(np.random.randn(2, 10, 3).astype(np.float32))
    targets = Tensor(np.random.randint(0, 3, size=(2, 10)).astype(np.int32))
    valid = Tensor((np.random.rand(2, 10) > 0.1).astype(np.float32))
    return AnchorOHEMLoss(), (logits, targets, valid)
