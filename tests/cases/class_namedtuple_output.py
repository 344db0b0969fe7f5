# case: creates a collections.namedtuple of tensors inside construct and returns its fields; LAX handles it via interpreter fallback (dynamic), STRICT rejects it
import numpy as np
from collections import namedtuple
import mindspore as ms
from mindspore import nn, ops, Tensor

Stats = namedtuple("Stats", ["mean", "std"])


class Summarize(nn.Cell):
    def construct(self, x):
        s = Stats(x.mean(axis=0), x.std(axis=0))
        return s.mean, s.std


def make():
    return Summarize(), (Tensor(np.random.randn(5, 3).astype(np.float32)),)
