# case: a mean over an axis from int(tensor), two unrelated lines, then its first use
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = 2.0

    def construct(self, x, ax):
        h = x.mean(axis=int(ax))
        y = x * self.scale
        z = ops.relu(y)
        out = h * 3.0
        return out, z


def make():
    np.random.seed(13)
    return Net(), (Tensor(np.random.randn(3, 4, 5, 6).astype(np.float32)), Tensor(2, ms.int32))
