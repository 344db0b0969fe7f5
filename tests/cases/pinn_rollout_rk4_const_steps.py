# case: surrogate rollout integrates a learned right-hand side with RK4 for a constructor-fixed number of steps and stacks the trajectory -> constant loop, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LearnedRHS(nn.Cell):
    def __init__(self, n_grid=16, width=32):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(n_grid, width), nn.Tanh(), nn.Dense(width, n_grid))

    def construct(self, u):
        return self.net(u)


class RK4Rollout(nn.Cell):
    def __init__(self, n_steps=4, dt=0.05, n_grid=16):
        super().__init__()
        self.rhs = LearnedRHS(n_grid)
        self.n_steps = n_steps
        self.dt = dt

    def rk4(self, u):
        k1 = self.rhs(u)
        k2 = self.rhs(u + 0.5 * self.dt * k1)
        k3 = self.rhs(u + 0.5 * self.dt * k2)
        k4 = self.rhs(u + self.dt * k3)
        return u + self.dt / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4)

    def construct(self, u0):
        states = [u0]
        u = u0
        for _ in range(self.n_steps):
            u = self.rk4(u)
            states.append(u)
        return ops.stack(states, axis=1)


def make():
    np.random.seed(33)
    u0 = Tensor(np.random.randn(2, 16).astype(np.float32))
    return RK4Rollout(), (u0,)
