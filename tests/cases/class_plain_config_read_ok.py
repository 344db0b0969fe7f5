# case: a plain config object kept on the Cell, its numbers read in construct (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Config:
    def __init__(self):
        self.scale = 0.5
        self.shift = 1.0


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = Config()

    def construct(self, x):
        return x * self.cfg.scale + self.cfg.shift


def make():
    return Net(), (Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)),)
