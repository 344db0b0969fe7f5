# case: renderer accepting either packed rays (N,6) or a (rays_o, rays_d) tuple, dispatching with isinstance, optional near/far None-guard -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexibleRayRenderer(nn.Cell):
    def __init__(self, n_samples=8, near=1.0, far=5.0):
        super().__init__()
        self.n_samples = n_samples
        self.near = near
        self.far = far
        self.field = nn.SequentialCell([nn.Dense(3, 16), nn.Tanh(), nn.Dense(16, 1)])

    def split_rays(self, rays):
        if isinstance(rays, (tuple, list)):
            return rays[0], rays[1]
        return rays[:, :3], rays[:, 3:6]

    def construct(self, rays, near=None):
        rays_o, rays_d = self.split_rays(rays)
        if near is None:
            near = ops.full((rays_o.shape[0], 1), self.near, dtype=ms.float32)
        t = ops.linspace(0.0, 1.0, self.n_samples)
        z = near + (self.far - near) * t
        pts = rays_o[:, None, :] + rays_d[:, None, :] * z[..., None]
        sigma = ops.softplus(self.field(pts)).squeeze(-1)
        alpha = 1.0 - ops.exp(-sigma * (self.far - self.near) / self.n_samples)
        return alpha.sum(axis=-1)


def make():
    np.random.seed(41)
    o = Tensor(np.random.randn(6, 3).astype(np.float32))
    d = Tensor(np.random.randn(6, 3).astype(np.float32))
    return FlexibleRayRenderer(), ((o, d),)
