# case: a Dense projection, a mean over an axis from int(tensor), then a mean over axis 1
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(32, 32)
        self.head = nn.Dense(32, 8)

    def construct(self, x, ax):
        h = ops.relu(self.proj(x))
        h = h.mean(axis=int(ax))
        h = h.mean(axis=1)
        return h * 2


def make():
    np.random.seed(9)
    return Net(), (Tensor(np.random.randn(3, 4, 5, 32).astype(np.float32)), Tensor(2, ms.int32))
