# case: `mask != None` on a Tensor input is settled while compiling (True): the branch that slices is the only one compiled
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
class Net(nn.Cell):
    def construct(self, x, mask):
        if mask != None:
            y = x * mask
        else:
            y = x[:1]
        return y


def _inputs():
    return (Tensor(np.ones((2, 3), np.float32)), Tensor(np.ones((2, 3), np.float32)))


def make():
    return Net(), _inputs()
