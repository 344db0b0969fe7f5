# case: builtin abs() on a tensor and round() on a Python hyper-parameter inside construct; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftShrink(nn.Cell):
    def __init__(self, lam=0.4999):
        super().__init__()
        self.lam = lam

    def construct(self, x):
        lam = round(self.lam, 2)
        mag = abs(x)
        keep = mag > lam
        return ops.where(keep, x - ops.sign(x) * lam, ops.zeros_like(x))


def make():
    return SoftShrink(), (Tensor(np.random.randn(4, 8).astype(np.float32)),)
