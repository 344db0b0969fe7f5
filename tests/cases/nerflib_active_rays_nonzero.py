# case: renderer intersects rays with the scene AABB and, when skip_misses is on (default), keeps only hitting rays via ops.nonzero + gather_nd -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RendererConfig:
    def __init__(self, aabb=1.0, skip_misses=True, hidden=32):
        self.aabb = aabb
        self.skip_misses = skip_misses
        self.hidden = hidden


def ray_aabb(rays_o, rays_d, bound):
    inv = 1.0 / (rays_d + 1e-6)
    t0 = (-bound - rays_o) * inv
    t1 = (bound - rays_o) * inv
    t_near = ops.minimum(t0, t1).max(axis=-1)
    t_far = ops.maximum(t0, t1).min(axis=-1)
    return ops.relu(t_near), t_far


class AABBRenderer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.bound = config.aabb
        self.skip_misses = config.skip_misses
        self.color_net = nn.SequentialCell([nn.Dense(6, config.hidden), nn.ReLU(),
                                            nn.Dense(config.hidden, 3), nn.Sigmoid()])

    def _select_hits(self, rays_o, rays_d, t_near, t_far):
        hit = t_far > t_near
        idx = ops.nonzero(hit)
        return ops.gather_nd(rays_o, idx), ops.gather_nd(rays_d, idx)

    def construct(self, rays_o, rays_d):
        t_near, t_far = ray_aabb(rays_o, rays_d, self.bound)
        if self.skip_misses:
            rays_o, rays_d = self._select_hits(rays_o, rays_d, t_near, t_far)
        rgb = self.color_net(ops.concat((rays_o, rays_d), axis=-1))
        return rgb.mean(axis=0)


def make():
    np.random.seed(3)
    o = np.random.uniform(-3, 3, (24, 3)).astype(np.float32)
    d = np.random.randn(24, 3).astype(np.float32)
    d /= np.linalg.norm(d, axis=-1, keepdims=True)
    return AABBRenderer(RendererConfig()), (Tensor(o), Tensor(d))
