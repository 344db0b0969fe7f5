# case: near miss: initializer used in __init__ to build a Parameter
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal, One
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(initializer(Normal(0.02), (4, 4), ms.float32), name="w")

    def construct(self, x):
        return ops.matmul(x, self.w)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
