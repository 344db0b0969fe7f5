# case: mastering session keeps a @ms.jit_class report passed in from outside and bumps its pass counter inside construct -> jit_class attribute mutated in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class CutSettings:
    def __init__(self):
        self.gain_db = -1.5
        self.passes = 0


class LacquerCutGain(nn.Cell):
    def __init__(self, settings):
        super().__init__()
        self.settings = settings

    def construct(self, program):
        self.settings.passes = self.settings.passes + 1
        gain = 10.0 ** (self.settings.gain_db / 20.0)
        return program * gain


def make():
    np.random.seed(52)
    x = (np.random.randn(2048) * 0.3).astype(np.float32)
    return LacquerCutGain(CutSettings()), (Tensor(x),)
