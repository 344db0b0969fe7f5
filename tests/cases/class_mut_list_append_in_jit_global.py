# case: a module-level list appended with a tensor in an @ms.jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
SEEN = []


@ms.jit
def record(x):
    SEEN.append(x)
    return x * 2


class Net(nn.Cell):
    def construct(self, x):
        return record(x)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
