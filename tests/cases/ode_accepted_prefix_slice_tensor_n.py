# case: fixed-size step buffer then returns only the first n accepted states with n counted as a tensor (traj[:n]) -> Graph mode error or dynamic slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Decay(nn.Cell):
    def __init__(self, dim=3):
        super().__init__()
        self.k = ms.Parameter(Tensor(np.linspace(0.5, 1.5, dim).astype(np.float32)), name="k")

    def construct(self, y):
        return -self.k * y


class StepBuffer(nn.Cell):
    def __init__(self, max_steps=16, tol=0.05):
        super().__init__()
        self.f = Decay()
        self.max_steps = max_steps
        self.tol = tol

    def construct(self, y0, h):
        y = y0
        states = []
        accepted = []
        for _ in range(self.max_steps):
            k1 = self.f(y)
            k2 = self.f(y + h * k1)
            err = ops.reduce_max(ops.abs(0.5 * h * (k2 - k1)))
            ok = err < self.tol
            y = ops.select(ok, y + 0.5 * h * (k1 + k2), y)
            states.append(y)
            accepted.append(ok.astype(ms.int32))
        n = ops.stack(accepted).sum()
        traj = ops.stack(states)
        return traj[:n]


def make():
    np.random.seed(3)
    y0 = Tensor(np.random.rand(3).astype(np.float32))
    return StepBuffer(), (y0, Tensor(0.3, ms.float32))
