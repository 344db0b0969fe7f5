# case: mean over an axis from int(tensor) then a Dense layer
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.head = nn.Dense(32, 8)

    def construct(self, x, ax):
        h = x.mean(axis=int(ax))
        h = h.mean(axis=1)
        return self.head(h)


def make():
    np.random.seed(9)
    return Net(), (Tensor(np.random.randn(3, 4, 5, 32).astype(np.float32)), Tensor(2, ms.int32))
