# case: smooths a wafer defect map with a while loop driven by a Python int counter from the constructor -> static shapes, loop unrolled at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MapSmoother(nn.Cell):
    def __init__(self, passes=3):
        super().__init__()
        self.passes = passes
        kernel = np.full((1, 1, 3, 3), 1.0 / 9.0, np.float32)
        self.kernel = ms.Parameter(Tensor(kernel), requires_grad=False)

    def construct(self, wmap):
        out = wmap
        i = 0
        while i < self.passes:
            out = ops.conv2d(out, self.kernel, pad_mode="pad", padding=1)
            i += 1
        return (out > 0.3).astype(ms.float32), out


def make():
    np.random.seed(34)
    w = (np.random.rand(1, 1, 12, 12) > 0.8).astype(np.float32)
    return MapSmoother(), (Tensor(w),)
