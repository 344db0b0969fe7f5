# case: sphere collision detection, contact pair indices from nonzero then gathered -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContactResolver(nn.Cell):
    """Pushes overlapping spheres apart along the contact normal."""

    def __init__(self, radius=0.25, stiffness=50.0, upper_only=True):
        super().__init__()
        self.radius = radius
        self.stiffness = stiffness
        self.upper_only = upper_only

    def penetration(self, pos):
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        dist = ops.norm(diff, dim=-1)
        return diff, dist, 2.0 * self.radius - dist

    def construct(self, pos, vel):
        diff, dist, depth = self.penetration(pos)
        overlap = depth > 0
        if self.upper_only:
            n = pos.shape[0]
            overlap = ops.logical_and(overlap, ops.triu(ops.ones((n, n), ms.int32), 1) > 0)
        pairs = ops.nonzero(overlap)
        i, j = pairs[:, 0].astype(ms.int32), pairs[:, 1].astype(ms.int32)
        normal = diff[i, j] / ops.expand_dims(dist[i, j] + 1e-6, -1)
        impulse = self.stiffness * ops.expand_dims(depth[i, j], -1) * normal
        dv = ops.zeros_like(vel)
        dv = ops.index_add(dv, i, impulse, 0)
        dv = ops.index_add(dv, j, -impulse, 0)
        return vel + dv


def make():
    np.random.seed(1)
    pos = Tensor(np.random.rand(12, 2).astype(np.float32))
    vel = Tensor(np.zeros((12, 2), np.float32))
    return ContactResolver(), (pos, vel)
