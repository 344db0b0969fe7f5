# case: Normal() from a star import of mindspore.common.initializer in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import *


class Net(nn.Cell):
    def construct(self, x):
        w = initializer(Normal(), (4, 4), ms.float32).init_data()
        return ops.matmul(x, w)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
