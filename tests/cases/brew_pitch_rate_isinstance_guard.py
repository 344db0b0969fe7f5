# case: computes yeast pitch in billions of cells from wort volume and gravity, accepting the pitch rate either as a Python float or a tensor via an isinstance guard -> type guard resolved at compile time, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def plato_approx(sg):
    return (sg - 1.0) * 1000.0 / 4.0


class PitchCalculator(nn.Cell):
    def __init__(self, default_rate=0.75, lager=False):
        super().__init__()
        self.default_rate = default_rate
        self.lager = lager

    def construct(self, volume_l, og, rate):
        if isinstance(rate, (int, float)):
            rate_t = ops.fill(ms.float32, volume_l.shape, rate)
        else:
            rate_t = rate
        if self.lager:
            rate_t = rate_t * 2.0
        cells_billion = rate_t * volume_l * plato_approx(og)
        return cells_billion


def make():
    np.random.seed(36)
    vol = np.array([20.0, 45.0, 100.0], np.float32)
    og = np.array([1.048, 1.060, 1.072], np.float32)
    return PitchCalculator(), (Tensor(vol), Tensor(og), 0.75)
