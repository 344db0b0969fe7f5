# case: initializer() called inside construct to build a weight
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal, One
class Net(nn.Cell):
    def construct(self, x):
        w = initializer(Normal(0.02), (4, 4), ms.float32).init_data()
        return ops.matmul(x, w)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
