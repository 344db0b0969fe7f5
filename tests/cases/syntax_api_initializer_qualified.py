# case: ms.common.initializer.initializer spelled in full inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def construct(self, x):
        b = ms.common.initializer.initializer("zeros", (4,), ms.float32).init_data()
        return x + b


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
