# case: a @jit_class object the factory passes to the Cell's constructor, its number field stepped in construct
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


@ms.jit_class
class Settings:
    def __init__(self):
        self.gain = 0.5
        self.count = 0


class Gain(nn.Cell):
    def __init__(self, settings):
        super().__init__()
        self.settings = settings

    def construct(self, x):
        self.settings.count = self.settings.count + 1
        return x * self.settings.gain


def make():
    np.random.seed(1)
    return Gain(Settings()), (Tensor(np.random.randn(16).astype(np.float32)),)
