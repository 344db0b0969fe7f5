# case: solver accepts either a Python float or a Tensor step size, normalising with an isinstance guard before a fixed number of midpoint steps -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MidpointIntegrator(nn.Cell):
    def __init__(self, dim=3, n_steps=5):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.n_steps = n_steps

    def f(self, y):
        return -y + ops.tanh(self.fc(y))

    def construct(self, y, h):
        if isinstance(h, float):
            h = Tensor(h, ms.float32)
        for _ in range(self.n_steps):
            y = y + h * self.f(y + 0.5 * h * self.f(y))
        return y


def make():
    np.random.seed(42)
    y = Tensor(np.random.randn(4, 3).astype(np.float32))
    return MidpointIntegrator(), (y, 0.1)
