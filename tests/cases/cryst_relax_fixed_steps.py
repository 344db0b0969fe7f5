# case: FIRE-like damped relaxation unrolled for a constant number of steps from the config, velocities reset with ops.select when power is negative -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelaxConfig:
    n_steps = 6
    dt = 0.05
    damping = 0.9


class SpringForceField(nn.Cell):
    def __init__(self, k=2.0, r0=1.2):
        super().__init__()
        self.k = k
        self.r0 = r0

    def construct(self, pos):
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        dist = ops.sqrt((diff * diff).sum(-1) + 1e-6)
        n = pos.shape[0]
        coef = -self.k * (dist - self.r0) / dist * (1.0 - ops.eye(n, n, ms.float32))
        return (ops.expand_dims(coef, -1) * diff).sum(1)


class DampedRelaxer(nn.Cell):
    def __init__(self, cfg=RelaxConfig()):
        super().__init__()
        self.ff = SpringForceField()
        self.n_steps = cfg.n_steps
        self.dt = cfg.dt
        self.damping = cfg.damping

    def construct(self, pos):
        vel = ops.zeros_like(pos)
        for _ in range(self.n_steps):
            f = self.ff(pos)
            power = (f * vel).sum()
            vel = ops.select(ops.broadcast_to(power < 0, vel.shape), ops.zeros_like(vel), vel)
            vel = self.damping * vel + self.dt * f
            pos = pos + self.dt * vel
        return pos, ops.norm(self.ff(pos), dim=-1).max()


def make():
    np.random.seed(13)
    pos = Tensor((np.random.rand(4, 3) * 2.0).astype(np.float32))
    return DampedRelaxer(), (pos,)
