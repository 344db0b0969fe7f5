# case: focal loss ported from torch filters valid anchors with boolean indexing pred[valid]; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnchorFocalLoss(nn.Cell):
    def __init__(self, gamma=2.0, alpha=0.25, ignore_label=-1):
        super().__init__()
        self.gamma = gamma
        self.alpha = alpha
        self.ignore_label = ignore_label

    def focal(self, pred, target):
        p = ops.sigmoid(pred)
        ce = -(target * ops.log(p + 1e-6) + (1 - target) * ops.log(1 - p + 1e-6))
        p_t = p * target + (1 - p) * (1 - target)
        a_t = self.alpha * target + (1 - self.alpha) * (1 - target)
        return a_t * ce * (1 - p_t) ** self.gamma

    def construct(self, pred, labels):
        valid = labels != self.ignore_label
        pred = pred[valid]
        target = labels[valid].astype(ms.float32)
        loss = self.focal(pred, target)
        return loss.sum() / ops.clamp(target.sum(), min=1.0)


def make():
    pred = Tensor(np.random.randn(50).astype(np.float32))
    labels = np.random.randint(-1, 2, (50,)).astype(np.int32)
    return AnchorFocalLoss(), (pred, Tensor(labels))
