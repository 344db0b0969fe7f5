# case: a comparison of a float Tensor kept by __init__ as one axis of a tuple index: dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, keep=None):
        super().__init__()
        self.w = Tensor(np.random.rand(4).astype(np.float32))

    def construct(self, x):
        y = x[:, self.w > 0.5]
        return y.sum()


def make():
    return Net(), (Tensor(np.random.rand(4, 4).astype(np.float32)),)
