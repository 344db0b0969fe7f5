# case: mean over an axis from int(tensor) used twice: a mean over axis 1 and the value itself
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, ax):
        h = x.mean(axis=int(ax))
        g = h.mean(axis=1)
        return g * 2, h


def make():
    np.random.seed(9)
    return Net(), (Tensor(np.random.randn(3, 4, 5, 6).astype(np.float32)), Tensor(2, ms.int32))
