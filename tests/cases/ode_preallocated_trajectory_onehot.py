# case: adaptive solver writes accepted states into a preallocated (max_steps, dim) buffer at a tensor write index via a one-hot mask -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BufferedSolver(nn.Cell):
    def __init__(self, dim=3, max_steps=10, tol=0.02):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.dim = dim
        self.max_steps = max_steps
        self.tol = tol
        self.slots = Tensor(np.arange(max_steps, dtype=np.int32))

    def f(self, y):
        return ops.tanh(self.fc(y))

    def construct(self, y, h):
        buf = ops.zeros((self.max_steps, self.dim), ms.float32)
        write = ops.zeros((), ms.int32)
        for _ in range(self.max_steps):
            k1 = self.f(y)
            k2 = self.f(y + h * k1)
            err = ops.reduce_max(ops.abs(0.5 * h * (k2 - k1)))
            ok = err < self.tol
            y = ops.select(ok, y + 0.5 * h * (k1 + k2), y)
            onehot = ops.logical_and(self.slots == write, ok).astype(ms.float32).reshape(-1, 1)
            buf = buf * (1.0 - onehot) + onehot * y.reshape(1, -1)
            write = write + ok.astype(ms.int32)
            h = ops.select(ok, h * 1.2, h * 0.5)
        return buf, write


def make():
    np.random.seed(34)
    y = Tensor(np.random.randn(3).astype(np.float32))
    return BufferedSolver(), (y, Tensor(0.3, ms.float32))
