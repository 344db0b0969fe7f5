# case: MultitypeFuncGraph created inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.ops import composite as C


class Net(nn.Cell):
    def construct(self, x):
        add = C.MultitypeFuncGraph("add")
        return x + 1


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
