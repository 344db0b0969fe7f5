# case: steepest-descent relaxation of a harmonic cluster, while-loop until the max force norm is below fmax -> while on tensor condition, same shapes each step
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HarmonicForces(nn.Cell):
    def __init__(self, k=1.0, r0=1.5):
        super().__init__()
        self.k = k
        self.r0 = r0

    def construct(self, pos):
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        dist = ops.sqrt(ops.reduce_sum(diff * diff, -1) + 1e-6)
        coef = -self.k * (dist - self.r0) / dist
        n = pos.shape[0]
        coef = coef * (1.0 - ops.eye(n, n, ms.float32))
        return ops.reduce_sum(ops.expand_dims(coef, -1) * diff, 1)


class Relaxer(nn.Cell):
    def __init__(self, step_size=0.05, fmax=0.05, max_steps=200):
        super().__init__()
        self.forces = HarmonicForces()
        self.step_size = step_size
        self.fmax = fmax
        self.max_steps = max_steps

    def construct(self, pos):
        f = self.forces(pos)
        fnorm = ops.sqrt(ops.reduce_sum(f * f, -1)).max()
        steps = Tensor(0, ms.int32)
        while fnorm > self.fmax and steps < self.max_steps:
            pos = pos + self.step_size * f
            f = self.forces(pos)
            fnorm = ops.sqrt(ops.reduce_sum(f * f, -1)).max()
            steps = steps + 1
        return pos, fnorm, steps


def make():
    np.random.seed(2)
    pos = Tensor(np.random.rand(5, 3).astype(np.float32) * 2.0)
    return Relaxer(), (pos,)
