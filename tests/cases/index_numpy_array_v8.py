# case: a Tensor indexed with `x[idx]` where the index is NumPy
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pick(nn.Cell):
    def construct(self, x):
        idx = np.random.randint(3, size=(2, 2))
        y = x[idx]
        return y * 2.0


def make():
    np.random.seed(0)
    return Pick(), (Tensor(np.random.rand(3, 3, 3).astype(np.float32)),)
