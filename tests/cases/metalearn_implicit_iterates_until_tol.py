# case: implicit layer that keeps every fixed-point iterate in a Python list while the tensor residual exceeds tol, then stacks them -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedPointBlock(nn.Cell):
    def __init__(self, dim=6, damping=0.5):
        super().__init__()
        self.mix = nn.Dense(dim, dim)
        self.damping = damping

    def construct(self, z, x):
        return (1 - self.damping) * z + self.damping * ops.tanh(0.3 * self.mix(z) + x)


class TrajectoryImplicitLayer(nn.Cell):
    def __init__(self, dim=6, tol=1e-3, max_iter=50):
        super().__init__()
        self.block = FixedPointBlock(dim)
        self.tol = tol
        self.max_iter = max_iter

    def construct(self, x):
        z = ops.zeros_like(x)
        trajectory = [z]
        residual = ops.ones((), ms.float32)
        it = 0
        while residual > self.tol and it < self.max_iter:
            z_new = self.block(z, x)
            residual = ops.norm(z_new - z) / (ops.norm(z) + 1e-6)
            z = z_new
            trajectory.append(z)
            it += 1
        traj = ops.stack(trajectory)
        return z, traj.mean(axis=0)


def make():
    np.random.seed(9)
    layer = TrajectoryImplicitLayer()
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    return layer, (x,)
