# case: renderer builds a plain Python RayBundle object from the input tensors inside construct and passes it to a helper -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RayBundle:
    def __init__(self, origins, directions, near, far):
        self.origins = origins
        self.directions = directions
        self.near = near
        self.far = far

    def points_at(self, t):
        return self.origins[:, None, :] + self.directions[:, None, :] * t[..., None]


class BundleRenderer(nn.Cell):
    def __init__(self, n_samples=8, near=2.0, far=6.0):
        super().__init__()
        self.n_samples = n_samples
        self.near = near
        self.far = far
        self.lin = Tensor(np.linspace(0, 1, n_samples).astype(np.float32))

    def construct(self, rays_o, rays_d):
        bundle = RayBundle(rays_o, rays_d, self.near, self.far)
        t = bundle.near + (bundle.far - bundle.near) * self.lin
        t = ops.broadcast_to(t, (rays_o.shape[0], self.n_samples))
        pts = bundle.points_at(t)
        sigma = ops.exp(-ops.norm(pts, dim=-1))
        alpha = 1.0 - ops.exp(-sigma * (self.far - self.near) / self.n_samples)
        return alpha.sum(axis=-1)


def make():
    np.random.seed(22)
    o = Tensor(np.random.randn(5, 3).astype(np.float32))
    d = Tensor(np.random.randn(5, 3).astype(np.float32))
    return BundleRenderer(), (o, d)
