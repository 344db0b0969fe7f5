# case: ray-AABB slab intersection, keeps only the near distances of rays that hit the box via masked_select -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AABBIntersector(nn.Cell):
    """Slab test against an axis-aligned scene box."""

    def __init__(self, box_min=(-1.0, -1.0, -1.0), box_max=(1.0, 1.0, 1.0), near_clip=0.05):
        super().__init__()
        self.box_min = Tensor(np.array(box_min, np.float32))
        self.box_max = Tensor(np.array(box_max, np.float32))
        self.near_clip = near_clip

    def slab(self, rays_o, rays_d):
        inv_d = 1.0 / (rays_d + 1e-9)
        t0 = (self.box_min - rays_o) * inv_d
        t1 = (self.box_max - rays_o) * inv_d
        t_near = ops.minimum(t0, t1).max(axis=-1)
        t_far = ops.maximum(t0, t1).min(axis=-1)
        return t_near, t_far

    def construct(self, rays_o, rays_d):
        t_near, t_far = self.slab(rays_o, rays_d)
        t_near = ops.clamp(t_near, min=self.near_clip)
        hit = t_far > t_near
        near_hit = ops.masked_select(t_near, hit)
        far_hit = ops.masked_select(t_far, hit)
        return near_hit, far_hit, hit


def make():
    np.random.seed(0)
    rays_o = Tensor(np.random.uniform(-2, 2, (64, 3)).astype(np.float32))
    rays_d = np.random.randn(64, 3).astype(np.float32)
    rays_d /= np.linalg.norm(rays_d, axis=-1, keepdims=True)
    return AABBIntersector(), (rays_o, Tensor(rays_d))
