# case: @ms.jit function calls a helper that instantiates a plain Python class from a tensor and reads its attributes; plain-class creation from a tensor -> STRICT error, LAX interpreted
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


class Bounds:
    def __init__(self, x):
        self.lo = x.min()
        self.hi = x.max()


def get_bounds(x):
    return Bounds(x)


@ms.jit
def minmax_scale(x):
    b = get_bounds(x)
    return (x - b.lo) / (b.hi - b.lo + 1e-6)


def make():
    return minmax_scale, (Tensor(np.random.randn(4, 4).astype(np.float32)),)
