# case: construct sets a tensor attribute on an object created in __init__
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Config:
    def __init__(self):
        self.scale = 1.0


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = Config()

    def construct(self, x):
        self.cfg.scale = x.max()
        return x * 2


def make():
    return Net(), (Tensor(np.arange(4, dtype=np.float32)),)
