# case: module helper returns a namedtuple holding tensors
import numpy as np
from collections import namedtuple
import mindspore as ms
from mindspore import nn, ops, Tensor

Stats = namedtuple("Stats", ["mean", "std"])


def summarize(x):
    return Stats(x.mean(), x.std())


class Norm(nn.Cell):
    def construct(self, x):
        s = summarize(x)
        return (x - s.mean) / (s.std + 1e-5)


def make():
    return Norm(), (Tensor(np.arange(4, dtype=np.float32)),)
