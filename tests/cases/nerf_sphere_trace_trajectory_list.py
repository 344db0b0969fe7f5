# case: sphere tracing that records every marching step in a Python list until all rays converge, then stacks the trajectory -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrajectoryTracer(nn.Cell):
    def __init__(self, radius=0.7, eps=1e-3, max_steps=40, return_trajectory=True):
        super().__init__()
        self.radius = radius
        self.eps = eps
        self.max_steps = max_steps
        self.return_trajectory = return_trajectory

    def sdf(self, p):
        return ops.norm(p, dim=-1) - self.radius

    def construct(self, rays_o, rays_d):
        t = ops.zeros((rays_o.shape[0],), ms.float32)
        trajectory = []
        step = 0
        d = self.sdf(rays_o)
        while d.max() > self.eps and step < self.max_steps:
            t = t + ops.maximum(d, ops.zeros_like(d))
            d = self.sdf(rays_o + t[:, None] * rays_d)
            trajectory.append(t)
            step += 1
        if self.return_trajectory:
            return t, ops.stack(trajectory, axis=0)
        return t, t[None]


def make():
    np.random.seed(21)
    n = 6
    rays_o = np.tile(np.array([[0.0, 0.0, 2.0]], np.float32), (n, 1))
    d = np.concatenate([np.random.uniform(-0.2, 0.2, (n, 2)), -np.ones((n, 1))], axis=1).astype(np.float32)
    d /= np.linalg.norm(d, axis=-1, keepdims=True)
    return TrajectoryTracer(), (Tensor(rays_o), Tensor(d))
