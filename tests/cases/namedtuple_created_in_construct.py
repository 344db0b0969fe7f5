# case: collections.namedtuple EncOut built from tensors in a Cell method called by construct, fields read by name; interpreted at LAX (dynamic), rejected at STRICT
from collections import namedtuple
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EncOut = namedtuple("EncOut", ["hidden", "pooled"])


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(8, 8)

    def encode(self, x):
        h = ops.tanh(self.fc(x))
        return EncOut(h, h.mean(axis=1))

    def construct(self, x):
        out = self.encode(x)
        return out.pooled * 2 + out.hidden.sum()


def make():
    return Encoder(), (Tensor(np.random.randn(2, 4, 8).astype(np.float32)),)
