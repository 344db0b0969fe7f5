# case: solver with Python bool constructor flags (use_midpoint, return_trajectory) selecting the scheme and output form at trace time -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimeDependentField(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.fc = nn.Dense(dim + 1, dim)

    def construct(self, t, y):
        tt = ops.ones((y.shape[0], 1), y.dtype) * t
        return ops.tanh(self.fc(ops.concat((y, tt), axis=1)))


class ConfigurableSolver(nn.Cell):
    def __init__(self, steps=6, t1=0.6, use_midpoint=True, return_trajectory=False):
        super().__init__()
        self.f = TimeDependentField()
        self.steps = steps
        self.h = t1 / steps
        self.use_midpoint = use_midpoint
        self.return_trajectory = return_trajectory

    def construct(self, y):
        t = 0.0
        ys = []
        for _ in range(self.steps):
            if self.use_midpoint:
                y = y + self.h * self.f(t + self.h / 2, y + self.h / 2 * self.f(t, y))
            else:
                y = y + self.h * self.f(t, y)
            t = t + self.h
            ys.append(y)
        if self.return_trajectory:
            return ops.stack(ys, axis=1)
        return y


def make():
    np.random.seed(38)
    y = Tensor(np.random.randn(3, 4).astype(np.float32))
    return ConfigurableSolver(return_trajectory=True), (y,)
