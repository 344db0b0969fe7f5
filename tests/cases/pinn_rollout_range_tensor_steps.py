# case: surrogate rollout Cell loops for range(n_steps) with n_steps passed as a tensor and stacks the trajectory -> loop count from tensor data, Graph mode should fail or need dynamic shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UpwindAdvection(nn.Cell):
    def __init__(self, c=1.0, dt=0.02, n_grid=16):
        super().__init__()
        self.c = c
        self.dt = dt
        self.dx = 1.0 / n_grid

    def construct(self, u):
        shifted = ops.concat((u[:, -1:], u[:, :-1]), axis=1)
        flux = self.c * (u - shifted) / self.dx
        return u - self.dt * flux


class Rollout(nn.Cell):
    def __init__(self):
        super().__init__()
        self.step = UpwindAdvection()

    def construct(self, u0, n_steps):
        traj = []
        u = u0
        for _ in range(n_steps):
            u = self.step(u)
            traj.append(u)
        return ops.stack(traj, axis=0)


def make():
    np.random.seed(32)
    x = np.linspace(0, 1, 16, endpoint=False)
    u0 = Tensor(np.exp(-50.0 * (x - 0.3) ** 2).astype(np.float32)[None, :])
    return Rollout(), (u0, Tensor(5, ms.int32))
