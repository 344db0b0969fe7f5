# case: ray-batch helper uses len(rays_o), int(rays.shape[-1]) and min(chunk, n_rays) to size buffers and slices (shape-only values that look like data) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchConfig:
    def __init__(self, chunk=64, ndc=False, use_viewdirs=True):
        self.chunk = chunk
        self.ndc = ndc
        self.use_viewdirs = use_viewdirs


def pack_rays(rays_o, rays_d, near, far, use_viewdirs):
    parts = [rays_o, rays_d, near, far]
    if use_viewdirs:
        parts.append(rays_d / ops.norm(rays_d, dim=-1, keepdim=True))
    return ops.concat(parts, axis=-1)


class RayBatcher(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.chunk = config.chunk
        self.ndc = config.ndc
        self.use_viewdirs = config.use_viewdirs

    def construct(self, rays_o, rays_d):
        n_rays = len(rays_o)
        dim = int(rays_o.shape[-1])
        chunk = min(self.chunk, n_rays)
        near = ops.zeros((n_rays, 1), ms.float32) + 2.0
        far = ops.ones((n_rays, 1), ms.float32) * 6.0
        packed = pack_rays(rays_o, rays_d, near, far, self.use_viewdirs)
        head = packed[:chunk]
        return head, packed[:, :dim].reshape(n_rays, dim)


def make():
    np.random.seed(121)
    o = np.random.randn(24, 3).astype(np.float32)
    d = np.random.randn(24, 3).astype(np.float32)
    return RayBatcher(BatchConfig()), (Tensor(o), Tensor(d))
