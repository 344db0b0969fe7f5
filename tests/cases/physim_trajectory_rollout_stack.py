# case: projectile rollout collecting every state in a Python list over a config-length loop and stacking it -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BounceStep(nn.Cell):
    def __init__(self, dt=0.02, restitution=0.7, ground=0.0):
        super().__init__()
        self.dt = dt
        self.restitution = restitution
        self.ground = ground
        self.g = Tensor(np.array([0.0, -9.8], np.float32))

    def construct(self, x, v):
        v = v + self.dt * self.g
        x = x + self.dt * v
        below = x[:, 1:2] < self.ground
        vy = ops.where(below, -self.restitution * v[:, 1:2], v[:, 1:2])
        y = ops.where(below, ops.full_like(x[:, 1:2], self.ground), x[:, 1:2])
        return ops.concat([x[:, :1], y], 1), ops.concat([v[:, :1], vy], 1)


class Rollout(nn.Cell):
    def __init__(self, horizon=12, record_velocity=False):
        super().__init__()
        self.step = BounceStep()
        self.horizon = horizon
        self.record_velocity = record_velocity

    def construct(self, x, v):
        traj = [x]
        vels = []
        for _ in range(self.horizon):
            x, v = self.step(x, v)
            traj.append(x)
            if self.record_velocity:
                vels.append(v)
        out = ops.stack(traj, 0)
        if self.record_velocity:
            return out, ops.stack(vels, 0)
        return out


def make():
    np.random.seed(21)
    x = Tensor(np.abs(np.random.rand(5, 2)).astype(np.float32))
    v = Tensor(np.random.randn(5, 2).astype(np.float32))
    return Rollout(), (x, v)
