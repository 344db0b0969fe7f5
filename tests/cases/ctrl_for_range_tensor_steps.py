# case: ODE-style refiner runs range(n_steps) where n_steps is an input tensor; expect error at LAX and STRICT (or a dynamic loop)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Refiner(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.f = nn.Dense(hidden, hidden)
        self.dt = 0.1

    def construct(self, x, n_steps):
        feats = []
        for _ in range(n_steps):
            x = x + self.dt * ops.tanh(self.f(x))
            feats.append(x)
        return ops.stack(feats)


def make():
    return Refiner(), (Tensor(np.ones((2, 8), np.float32)), Tensor(3, ms.int32))
