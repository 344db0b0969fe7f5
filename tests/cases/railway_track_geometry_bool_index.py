# case: track gauge samples exceeding tolerance selected by boolean-mask indexing and their deviation returned -> dynamic shape from boolean index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaugeDeviationCheck(nn.Cell):
    def __init__(self, nominal_mm=1435.0, tol_mm=3.0):
        super().__init__()
        self.nominal_mm = nominal_mm
        self.tol_mm = tol_mm

    def construct(self, gauge_mm, chainage_m):
        deviation = gauge_mm - self.nominal_mm
        bad = ops.abs(deviation) > self.tol_mm
        bad_chainage = chainage_m[bad]
        bad_dev = deviation[bad]
        return bad_chainage, bad_dev


def make():
    np.random.seed(7)
    gauge = (1435.0 + np.random.randn(40) * 2.5).astype(np.float32)
    chain = np.arange(40, dtype=np.float32) * 0.25
    return GaugeDeviationCheck(), (Tensor(gauge), Tensor(chain))
