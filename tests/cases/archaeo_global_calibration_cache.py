# case: calibration helper stores the last computed median age in a module-level global dict mutated from construct -> error or side effect lost for global state write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CALIBRATION_CACHE = {"last_median": None, "calls": 0}


class MedianCalAge(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, years_bp, density):
        p = density / density.sum()
        cdf = ops.cumsum(p, axis=0)
        med = years_bp[ops.argmax((cdf >= 0.5).astype(ms.int32))]
        CALIBRATION_CACHE["last_median"] = med
        CALIBRATION_CACHE["calls"] += 1
        return med


def make():
    np.random.seed(17)
    yrs = np.arange(2000, 3000, 20).astype(np.float32)
    dens = np.random.rand(yrs.size).astype(np.float32)
    return MedianCalAge(), (Tensor(yrs), Tensor(dens))
