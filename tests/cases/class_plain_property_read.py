# case: plain config object with a @property computed from fields, property read in construct for a reshape; constant -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnConfig:
    def __init__(self, dim=16, heads=4):
        self.dim = dim
        self.heads = heads

    @property
    def head_dim(self):
        return self.dim // self.heads


class Splitter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = AttnConfig()

    def construct(self, x):
        b, n, _ = x.shape
        y = x.reshape(b, n, self.cfg.heads, self.cfg.head_dim)
        return y.transpose(0, 2, 1, 3)


def make():
    return Splitter(), (Tensor(np.ones((2, 5, 16), np.float32)),)
