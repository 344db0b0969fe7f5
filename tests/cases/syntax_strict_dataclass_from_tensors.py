# case: a dataclass instance built from tensors in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from dataclasses import dataclass


@dataclass
class Out:
    a: object
    b: object


class Net(nn.Cell):
    def construct(self, x, k):
        o = Out(x, x + 1)
        return o.a + o.b


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
