# case: sampler derives scene-wide near/far from the batch of ray/sphere intersections with .asnumpy() and builds stratified bins with NumPy inside construct -> asnumpy in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SphereBoundConfig:
    radius = 1.5
    n_samples = 16
    min_near = 0.05


def sphere_intersect(rays_o, rays_d, radius):
    b = (rays_o * rays_d).sum(axis=-1)
    c = (rays_o * rays_o).sum(axis=-1) - radius * radius
    disc = ops.sqrt(ops.relu(b * b - c))
    return -b - disc, -b + disc


class BoundedSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.radius = config.radius
        self.n_samples = config.n_samples
        self.min_near = config.min_near

    def _scene_bounds(self, t0, t1):
        near = max(float(t0.asnumpy().min()), self.min_near)
        far = float(t1.asnumpy().max())
        return near, far

    def construct(self, rays_o, rays_d):
        t0, t1 = sphere_intersect(rays_o, rays_d, self.radius)
        near, far = self._scene_bounds(t0, t1)
        bins = Tensor(np.linspace(near, far, self.n_samples).astype(np.float32))
        return rays_o[:, None, :] + rays_d[:, None, :] * bins[None, :, None]


def make():
    np.random.seed(41)
    d = np.random.randn(20, 3).astype(np.float32)
    d /= np.linalg.norm(d, axis=-1, keepdims=True)
    o = (-3.0 * d + 0.1 * np.random.randn(20, 3)).astype(np.float32)
    return BoundedSampler(SphereBoundConfig()), (Tensor(o), Tensor(d))
