# case: HyperMap created inside construct and applied
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.ops import composite as C


class Net(nn.Cell):
    def construct(self, x):
        hm = C.HyperMap()
        a, b = hm(ops.square, (x, x))
        return a + b


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
