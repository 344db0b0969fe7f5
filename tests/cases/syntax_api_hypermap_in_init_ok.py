# case: near miss: HyperMap created in __init__, applied in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.ops import composite as C


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.hm = C.HyperMap()

    def construct(self, x):
        a, b = self.hm(ops.square, (x, x))
        return a + b


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
