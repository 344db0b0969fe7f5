# case: invertibility check for an additive coupling returning max and mean absolute reconstruction error plus a tensor pass flag from a comparison -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShiftNet(nn.Cell):
    def __init__(self, d_in, d_out):
        super().__init__()
        self.fc1 = nn.Dense(d_in, 24, activation="tanh")
        self.fc2 = nn.Dense(24, d_out)

    def construct(self, x):
        return self.fc2(self.fc1(x))


class AdditiveFlow(nn.Cell):
    def __init__(self, dim, tol=1e-5):
        super().__init__()
        self.d = dim // 2
        self.shift = ShiftNet(self.d, dim - self.d)
        self.tol = tol

    def forward(self, x):
        return ops.concat((x[:, :self.d], x[:, self.d:] + self.shift(x[:, :self.d])), axis=1)

    def inverse(self, y):
        return ops.concat((y[:, :self.d], y[:, self.d:] - self.shift(y[:, :self.d])), axis=1)

    def construct(self, x):
        err = ops.abs(self.inverse(self.forward(x)) - x)
        max_err = err.max()
        passed = max_err < self.tol
        return max_err, err.mean(), passed


def make():
    np.random.seed(11)
    x = Tensor(np.random.randn(7, 10).astype(np.float32))
    return AdditiveFlow(10), (x,)
