# case: ray-AABB intersection returning per-ray near/far with misses replaced by ops.where, fixed shapes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RayBoxNearFar(nn.Cell):
    def __init__(self, scene_bound=1.5, near_clip=0.05, default_far=6.0):
        super().__init__()
        self.box_min = Tensor(np.full((3,), -scene_bound, np.float32))
        self.box_max = Tensor(np.full((3,), scene_bound, np.float32))
        self.near_clip = near_clip
        self.default_far = default_far

    def intersect(self, rays_o, rays_d):
        inv_d = 1.0 / ops.where(ops.abs(rays_d) < 1e-6, ops.full_like(rays_d, 1e-6), rays_d)
        ta = (self.box_min - rays_o) * inv_d
        tb = (self.box_max - rays_o) * inv_d
        near = ops.minimum(ta, tb).max(axis=-1)
        far = ops.maximum(ta, tb).min(axis=-1)
        return near, far

    def construct(self, rays_o, rays_d):
        near, far = self.intersect(rays_o, rays_d)
        near = ops.clamp(near, min=self.near_clip)
        hit = far > near
        near = ops.where(hit, near, ops.zeros_like(near))
        far = ops.where(hit, far, ops.full_like(far, self.default_far))
        return near, far, hit.astype(ms.float32)


def make():
    np.random.seed(1)
    rays_o = np.random.uniform(-3, 3, (32, 3)).astype(np.float32)
    rays_d = np.random.randn(32, 3).astype(np.float32)
    rays_d /= np.linalg.norm(rays_d, axis=-1, keepdims=True)
    return RayBoxNearFar(), (Tensor(rays_o), Tensor(rays_d))
