# case: split the thermocouple log of a casting into pour and solidification halves using the log length from x.shape -> shape-derived slicing, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PourWindow(nn.Cell):
    def __init__(self, liquidus=1000.0, pour_fraction=0.4):
        super().__init__()
        self.liquidus = liquidus
        self.pour_fraction = pour_fraction

    def construct(self, log_temps):
        n = log_temps.shape[0]
        cut = int(n * self.pour_fraction)
        pour = log_temps[:cut]
        solid = log_temps[cut:]
        superheat = pour - self.liquidus
        rate = (solid[-1] - solid[0]) / (n - cut)
        return superheat.mean(), rate


def make():
    np.random.seed(33)
    temps = (1150.0 - np.cumsum(np.abs(np.random.randn(120))) * 2.0).astype(np.float32)
    return PourWindow(), (Tensor(temps),)
