# case: hull filter applies stronger damping when the mean amplitude (a tensor) is high; both branches keep the same shape -> tensor-conditioned if with matching shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveDamping(nn.Cell):
    def __init__(self, strong=0.5, weak=0.9, level=1.0):
        super().__init__()
        self.strong = strong
        self.weak = weak
        self.level = level

    def construct(self, accel):
        amp = ops.abs(accel).mean()
        if amp > self.level:
            out = accel * self.strong
        else:
            out = accel * self.weak
        return out


def make():
    np.random.seed(33)
    accel = Tensor(np.random.randn(4, 16).astype(np.float32) * 1.5)
    return AdaptiveDamping(), (accel,)
