# case: initializer('ones', ...) inside an @ms.jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common import initializer as init


@ms.jit
def scale(x):
    w = init.initializer("ones", (4,), ms.float32).init_data()
    return x * w


class Net(nn.Cell):
    def construct(self, x):
        return scale(x)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
