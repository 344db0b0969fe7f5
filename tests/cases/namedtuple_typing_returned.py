# case: typing.NamedTuple subclass built in construct from tensors and returned as the output; interpreted at LAX (dynamic), rejected at STRICT
from typing import NamedTuple
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pair(NamedTuple):
    mean: Tensor
    var: Tensor


class Moments(nn.Cell):
    def __init__(self, axis=0):
        super().__init__()
        self.axis = axis

    def construct(self, x):
        m = x.mean(axis=self.axis)
        v = ((x - m) ** 2).mean(axis=self.axis)
        return Pair(m, v)


def make():
    return Moments(), (Tensor(np.random.randn(5, 3).astype(np.float32)),)
