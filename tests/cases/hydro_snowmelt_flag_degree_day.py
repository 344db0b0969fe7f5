# case: rainfall-runoff cell with a Python-bool use_snowmelt constructor flag switching a degree-day snowmelt sub-cell on or off -> flag is a constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DegreeDaySnow(nn.Cell):
    def __init__(self, ddf=3.0, t_melt=0.0):
        super().__init__()
        self.ddf = ddf
        self.t_melt = t_melt

    def construct(self, swe, temp):
        melt = ops.minimum(self.ddf * ops.relu(temp - self.t_melt), swe)
        return swe - melt, melt


class SimpleRunoffModel(nn.Cell):
    def __init__(self, runoff_coeff=0.35, use_snowmelt=True):
        super().__init__()
        self.runoff_coeff = runoff_coeff
        self.use_snowmelt = use_snowmelt
        self.snow = DegreeDaySnow()

    def construct(self, rain, temp, swe):
        water_input = rain
        if self.use_snowmelt:
            swe, melt = self.snow(swe, temp)
            water_input = water_input + melt
        runoff = self.runoff_coeff * water_input
        return runoff, swe


def make():
    np.random.seed(34)
    rain = np.random.gamma(1.0, 5.0, size=(10,)).astype(np.float32)
    temp = np.random.uniform(-5.0, 8.0, size=(10,)).astype(np.float32)
    swe = np.random.uniform(0.0, 50.0, size=(10,)).astype(np.float32)
    return SimpleRunoffModel(use_snowmelt=True), (Tensor(rain), Tensor(temp), Tensor(swe))
