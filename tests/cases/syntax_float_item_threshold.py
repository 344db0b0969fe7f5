# case: focal loss turns a tensor gamma into a Python float with float() and uses it as an exponent (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FocalLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.sigmoid = nn.Sigmoid()

    def construct(self, logits, target, gamma):
        g = float(gamma)
        p = self.sigmoid(logits)
        pt = ops.where(target > 0, p, 1 - p)
        return (-(1 - pt) ** g * ops.log(pt + 1e-6)).mean()


def make():
    return FocalLoss(), (Tensor(np.random.randn(4).astype(np.float32)), Tensor(np.array([1, 0, 1, 0], np.int32)),
                         Tensor(2.0, ms.float32))
