# case: box regression loss computed only on positive anchors gathered with argwhere -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PositiveBoxLoss(nn.Cell):
    def __init__(self, beta=1.0 / 9, loss_weight=1.0):
        super().__init__()
        self.beta = beta
        self.loss_weight = loss_weight

    def smooth_l1(self, pred, target):
        diff = ops.abs(pred - target)
        return ops.where(diff < self.beta, 0.5 * diff * diff / self.beta, diff - 0.5 * self.beta)

    def positive_indices(self, labels):
        return ops.argwhere(labels > 0)[:, 0]

    def construct(self, pred_deltas, target_deltas, labels):
        pos = self.positive_indices(labels)
        num_pos = ops.maximum(Tensor(1.0, ms.float32), (labels > 0).astype(ms.float32).sum())
        pos_pred = ops.gather(pred_deltas, pos, 0)
        pos_target = ops.gather(target_deltas, pos, 0)
        loss = self.smooth_l1(pos_pred, pos_target).sum()
        return self.loss_weight * loss / num_pos


def make():
    np.random.seed(28)
    pred = Tensor(np.random.randn(40, 4).astype(np.float32))
    target = Tensor(np.random.randn(40, 4).astype(np.float32))
    labels = Tensor(np.random.randint(0, 3, size=40).astype(np.int32))
    return PositiveBoxLoss(), (pred, target, labels)
