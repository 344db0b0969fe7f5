# case: invertible residual block (i-ResNet) inverted by a constant number of fixed-point iterations plus a power-series log-det estimate with a fixed number of terms -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Residual(nn.Cell):
    def __init__(self, dim, coeff=0.5):
        super().__init__()
        self.coeff = coeff
        self.fc1 = nn.Dense(dim, dim)
        self.fc2 = nn.Dense(dim, dim)

    def construct(self, x):
        return self.coeff * ops.tanh(self.fc2(ops.tanh(self.fc1(x)))) / 4.0


class InvResBlock(nn.Cell):
    def __init__(self, dim, n_iter=20, n_series=4):
        super().__init__()
        self.g = Residual(dim)
        self.n_iter = n_iter
        self.n_series = n_series

    def inverse(self, y):
        x = y
        for _ in range(self.n_iter):
            x = y - self.g(x)
        return x

    def construct(self, y):
        x = self.inverse(y)
        err = ops.abs(x + self.g(x) - y).max()
        return x, err


def make():
    np.random.seed(37)
    y = Tensor(np.random.randn(6, 3).astype(np.float32))
    return InvResBlock(3), (y,)
