# case: mindspore.log.warning inside an @ms.jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
import mindspore.log as mslog


@ms.jit
def f(x):
    mslog.warning("slow path")
    return x * 2


class Net(nn.Cell):
    def construct(self, x):
        return f(x)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
