# case: lacquer cutting gain reads its gain from a @ms.jit_class settings object held by the cell, without mutating it -> jit_class read-only, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class CutSettings:
    def __init__(self, gain_db=-1.5, ceiling=0.95):
        self.gain_db = gain_db
        self.ceiling = ceiling

    def linear_gain(self):
        return 10.0 ** (self.gain_db / 20.0)


class LacquerCutGain(nn.Cell):
    def __init__(self, settings):
        super().__init__()
        self.settings = settings

    def construct(self, program):
        y = program * self.settings.linear_gain()
        return ops.clamp(y, -self.settings.ceiling, self.settings.ceiling)


def make():
    np.random.seed(53)
    x = (np.random.randn(2048) * 0.3).astype(np.float32)
    return LacquerCutGain(CutSettings()), (Tensor(x),)
