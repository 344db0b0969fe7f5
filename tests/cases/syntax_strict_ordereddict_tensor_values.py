# case: collections.OrderedDict built from tensors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from collections import OrderedDict


class Net(nn.Cell):
    def construct(self, x, k):
        d = OrderedDict(a=x, b=x * 2)
        return d['a'] + d['b']


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
