# case: radiocarbon age from fraction modern uses float() on a tensor and math.log inside construct -> error from host conversion of a tensor value
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LIBBY_MEAN_LIFE = 8033.0


class ConventionalAge(nn.Cell):
    def __init__(self, reservoir_offset=0.0):
        super().__init__()
        self.reservoir_offset = reservoir_offset

    def construct(self, f14c, curve_bp, curve_c14):
        fm = float(f14c.mean())
        age = -LIBBY_MEAN_LIFE * math.log(fm) - self.reservoir_offset
        diff = ops.abs(curve_c14 - age)
        idx = ops.argmin(diff)
        return curve_bp[idx], Tensor(age, ms.float32)


def make():
    np.random.seed(7)
    f14c = Tensor(np.array([0.81, 0.80, 0.82], np.float32))
    bp = Tensor(np.arange(0, 4000, 25).astype(np.float32))
    c14 = Tensor((np.arange(0, 4000, 25) * 0.97).astype(np.float32))
    return ConventionalAge(), (f14c, bp, c14)
