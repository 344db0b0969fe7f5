# case: rollout of fixed length returns a trajectory subsampled with a constant stride and trimmed with a length from y.shape -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DampedSpring(nn.Cell):
    def __init__(self, k=4.0, c=0.3):
        super().__init__()
        self.k = k
        self.c = c

    def construct(self, y):
        return ops.stack((y[:, 1], -self.k * y[:, 0] - self.c * y[:, 1]), axis=1)


class SubsampledRollout(nn.Cell):
    def __init__(self, steps=24, dt=0.05, stride=4):
        super().__init__()
        self.f = DampedSpring()
        self.steps = steps
        self.dt = dt
        self.stride = stride

    def construct(self, y0):
        y = y0
        ys = [y0]
        for _ in range(self.steps):
            y = y + self.dt * self.f(y + 0.5 * self.dt * self.f(y))
            ys.append(y)
        traj = ops.stack(ys, axis=0)
        n_keep = traj.shape[0] - 1
        return traj[:n_keep:self.stride]


def make():
    np.random.seed(47)
    y0 = Tensor(np.random.randn(3, 2).astype(np.float32))
    return SubsampledRollout(), (y0,)
