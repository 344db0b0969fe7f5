# case: a typing.NamedTuple built from tensors in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from typing import NamedTuple


class Pair(NamedTuple):
    a: object
    b: object


class Net(nn.Cell):
    def construct(self, x, k):
        p = Pair(x, x * 2)
        return p.a - p.b


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
