# case: sigmoid focal loss normalised by positives, with positive-anchor losses picked via the ops.MaskedSelect() primitive for a separate log term; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALPHA = 0.25
GAMMA = 2.0


class SigmoidFocalLoss(nn.Cell):
    def __init__(self, alpha=ALPHA, gamma=GAMMA, track_pos=True):
        super().__init__()
        self.alpha = alpha
        self.gamma = gamma
        self.track_pos = track_pos
        self.bce = ops.BCEWithLogitsLoss(reduction="none")
        self.select = ops.MaskedSelect()
        self.ones = Tensor(np.ones((1,), np.float32))

    def construct(self, logits, targets):
        p = ops.sigmoid(logits)
        ce = self.bce(logits, targets, self.ones, self.ones)
        p_t = p * targets + (1 - p) * (1 - targets)
        a_t = self.alpha * targets + (1 - self.alpha) * (1 - targets)
        loss = a_t * ops.pow(1 - p_t, self.gamma) * ce
        num_pos = ops.maximum(targets.sum(), 1.0)
        pos_loss = loss.sum() * 0.0
        if self.track_pos:
            pos_loss = self.select(loss, targets > 0.5).mean()
        return loss.sum() / num_pos, pos_loss


class Head(nn.Cell):
    def __init__(self, dim=16, classes=4):
        super().__init__()
        self.cls = nn.Dense(dim, classes)
        self.loss = SigmoidFocalLoss()

    def construct(self, feats, targets):
        return self.loss(self.cls(feats), targets)


def make():
    feats = Tensor(np.random.randn(10, 16).astype(np.float32))
    t = np.zeros((10, 4), np.float32)
    t[np.arange(3), [0, 2, 1]] = 1.0
    return Head(), (feats, Tensor(t))
