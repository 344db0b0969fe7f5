# case: mint.arange with end taken from a tensor argument
import numpy as np
import mindspore as ms
from mindspore import nn, mint


class Idx(nn.Cell):
    def construct(self, n):
        return mint.arange(0, n)


def make():
    return Idx(), (ms.Tensor(5, ms.int64),)
