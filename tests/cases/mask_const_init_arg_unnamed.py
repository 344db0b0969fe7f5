# case: an __init__ argument the build passes a bool Tensor, kept and used as the index: dynamic at both levels (nothing in the Cell says it is a mask)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, keep=None):
        super().__init__()
        self.keep = keep

    def construct(self, x):
        y = x[self.keep]
        return y.sum()


def make():
    return Net(keep=Tensor(np.array([True, False, True, True]))), (Tensor(np.random.rand(4, 4).astype(np.float32)),)
