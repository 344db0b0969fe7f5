# case: list(x.shape) manipulated as Python list to reshape (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, x):
        dims = list(x.shape)
        dims.append(1)
        return x.reshape(tuple(dims))


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
