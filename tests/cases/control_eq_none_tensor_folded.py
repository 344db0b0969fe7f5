# case: `ge == None` on a Tensor input is settled while compiling (False), like `is None`: no tensor-dependent join
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
class Net(nn.Cell):
    def construct(self, x, ge):
        if ge == None:
            ge = 0
        return x + ge


def _inputs():
    return (Tensor(np.ones((2, 3), np.float32)), Tensor(np.ones((2, 1), np.float32)))


def make():
    return Net(), _inputs()
