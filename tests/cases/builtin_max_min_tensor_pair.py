# case: builtin max()/min() comparing two 0-d tensors to order clip bounds; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RangeClip(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x, lo, hi):
        low = min(lo, hi)
        high = max(lo, hi)
        return ops.clamp(x, low, high)


def make():
    x = Tensor(np.linspace(-2, 2, 8).astype(np.float32))
    lo = Tensor(1.0, ms.float32)
    hi = Tensor(-1.0, ms.float32)
    return RangeClip(), (x, lo, hi)
