# case: ms.Parameter created inside an @ms.jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
@ms.jit
def shift(x):
    p = ms.Parameter(ops.ones((4,), ms.float32), name="shift")
    return x + p


class Net(nn.Cell):
    def construct(self, x):
        return shift(x)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
