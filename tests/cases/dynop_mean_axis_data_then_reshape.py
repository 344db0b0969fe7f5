# case: a mean over an axis from int(tensor), then a reshape of it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = 2.0

    def construct(self, x, ax):
        h = x.mean(axis=int(ax))
        h = h.reshape(-1)
        return h * 2


def make():
    np.random.seed(13)
    return Net(), (Tensor(np.random.randn(3, 4, 5, 6).astype(np.float32)), Tensor(2, ms.int32))
