# case: batch of trial steps, keeps only accepted candidates with boolean-mask indexing candidates[err < tol] -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrialStepper(nn.Cell):
    def __init__(self, dim=3, tol=0.02):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.tol = tol

    def field(self, y):
        return ops.tanh(self.fc(y))

    def construct(self, y, step_sizes):
        # y: (dim,), step_sizes: (K,) candidate steps
        hs = step_sizes.reshape(-1, 1)
        k1 = self.field(y).reshape(1, -1)
        y_euler = y + hs * k1
        k2 = self.field(y_euler)
        y_heun = y + 0.5 * hs * (k1 + k2)
        err = ops.reduce_max(ops.abs(y_heun - y_euler), 1)
        ok = err < self.tol
        return y_heun[ok], step_sizes[ok]


def make():
    np.random.seed(8)
    y = Tensor(np.random.randn(3).astype(np.float32))
    hs = Tensor(np.array([0.4, 0.2, 0.1, 0.05, 0.025], dtype=np.float32))
    return TrialStepper(), (y, hs)
