# case: a comparison of a Tensor handed to __init__, bound to a local and used as the index: dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, keep=None):
        super().__init__()
        self.keep = keep

    def construct(self, x):
        sel = self.keep > 0.5
        y = x[sel]
        return y.sum()


def make():
    return Net(keep=Tensor(np.random.rand(4).astype(np.float32))), (Tensor(np.random.rand(4, 4).astype(np.float32)),)
