# case: np.prod over x.shape to flatten (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Flat(nn.Cell):
    def construct(self, x):
        n = int(np.prod(x.shape))
        return x.reshape((n,))


def make():
    return Flat(), (Tensor(np.ones((2, 3), np.float32)),)
