# case: Tensor() of a construct input that is a Tensor
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
class Net(nn.Cell):
    def construct(self, x):
        y = Tensor(x, ms.float32)
        return y * 2


def _inputs():
    return (Tensor(np.ones((4, 3), np.float32)),)


def make():
    return Net(), _inputs()
