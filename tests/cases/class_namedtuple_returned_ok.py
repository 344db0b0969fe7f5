# case: a namedtuple of tensors returned from construct (near miss?)
from collections import namedtuple
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

Out = namedtuple("Out", ["value", "mean"])


class Net(nn.Cell):
    def construct(self, x):
        return Out(x * 2, x.mean())


def make():
    return Net(), (Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)),)
