# case: pinhole ray generation from config H/W/focal and a camera-to-world matrix via meshgrid -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PinholeRayGenerator(nn.Cell):
    def __init__(self, height=8, width=10, focal=12.0, normalize_dirs=True, opengl=True):
        super().__init__()
        self.height = height
        self.width = width
        self.focal = focal
        self.normalize_dirs = normalize_dirs
        self.sign = -1.0 if opengl else 1.0

    def pixel_dirs(self):
        i, j = ops.meshgrid(ops.arange(self.width, dtype=ms.float32),
                            ops.arange(self.height, dtype=ms.float32), indexing="xy")
        x = (i - self.width * 0.5) / self.focal
        y = self.sign * (j - self.height * 0.5) / self.focal
        z = ops.full_like(x, self.sign)
        return ops.stack([x, y, z], axis=-1)

    def construct(self, c2w):
        dirs = self.pixel_dirs()
        rays_d = (dirs[..., None, :] * c2w[:3, :3]).sum(axis=-1)
        if self.normalize_dirs:
            rays_d = rays_d / ops.norm(rays_d, dim=-1, keepdim=True)
        rays_o = ops.broadcast_to(c2w[:3, 3], rays_d.shape)
        return rays_o.reshape(-1, 3), rays_d.reshape(-1, 3)


def make():
    np.random.seed(2)
    c2w = np.eye(4, dtype=np.float32)
    c2w[:3, 3] = np.array([0.0, 0.0, 4.0], np.float32)
    return PinholeRayGenerator(), (Tensor(c2w),)
