# case: set_dtype on a computed Tensor (not a Parameter) in construct
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
class Net(nn.Cell):
    def construct(self, x):
        y = x * 2
        y.set_dtype(ms.float16)
        return y + 1


def _inputs():
    return (Tensor(np.ones((2, 3), np.float32)),)


def make():
    return Net(), _inputs()
