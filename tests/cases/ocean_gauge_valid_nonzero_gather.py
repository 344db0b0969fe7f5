# case: river gauge series keeps only non-missing readings by gathering indices from nonzero of the validity flags -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidGaugeStats(nn.Cell):
    def __init__(self, missing_value=-999.0):
        super().__init__()
        self.missing_value = missing_value

    def construct(self, discharge):
        valid = discharge > self.missing_value + 1.0
        idx = ops.nonzero(valid).reshape(-1)
        readings = ops.gather(discharge, idx, 0)
        peak = readings.max()
        low = readings.min()
        return peak, low, readings.mean()


def make():
    np.random.seed(2)
    q = np.random.gamma(2.0, 30.0, 48).astype(np.float32)
    q[np.random.rand(48) < 0.2] = -999.0
    return ValidGaugeStats(), (Tensor(q),)
