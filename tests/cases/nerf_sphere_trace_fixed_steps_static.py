# case: SDF sphere tracing with a fixed number of marching steps; converged/escaped rays frozen with ops.where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SphereSDF(nn.Cell):
    def __init__(self, radius=0.8):
        super().__init__()
        self.radius = radius

    def construct(self, pts):
        return ops.norm(pts, dim=-1) - self.radius


class SphereTracer(nn.Cell):
    def __init__(self, n_steps=24, eps=1e-3, t_max=6.0, step_scale=0.9):
        super().__init__()
        self.sdf = SphereSDF()
        self.n_steps = n_steps
        self.eps = eps
        self.t_max = t_max
        self.step_scale = step_scale

    def construct(self, rays_o, rays_d, t_init):
        t = t_init
        for _ in range(self.n_steps):
            d = self.sdf(rays_o + t[:, None] * rays_d)
            done = ops.logical_or(ops.abs(d) < self.eps, t > self.t_max)
            t = ops.where(done, t, t + self.step_scale * d)
        hit_pts = rays_o + t[:, None] * rays_d
        hit = ops.abs(self.sdf(hit_pts)) < 10 * self.eps
        depth = ops.where(hit, t, ops.zeros_like(t))
        return depth, hit.astype(ms.float32)


def make():
    np.random.seed(18)
    n = 16
    rays_o = np.tile(np.array([[0.0, 0.0, 3.0]], np.float32), (n, 1))
    d = np.concatenate([np.random.uniform(-0.3, 0.3, (n, 2)), -np.ones((n, 1))], axis=1).astype(np.float32)
    d /= np.linalg.norm(d, axis=-1, keepdims=True)
    return SphereTracer(), (Tensor(rays_o), Tensor(d), Tensor(np.zeros(n, np.float32)))
