# case: ray generation where the image size comes from a per-batch intrinsics tensor (H, W read with int()) -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DatasetRayGenerator(nn.Cell):
    """Builds rays for an image whose size is stored alongside its intrinsics."""

    def __init__(self, center_pixels=True):
        super().__init__()
        self.offset = 0.5 if center_pixels else 0.0

    def make_grid(self, hw):
        h = int(hw[0])
        w = int(hw[1])
        ys = ops.arange(h, dtype=ms.float32) + self.offset
        xs = ops.arange(w, dtype=ms.float32) + self.offset
        grid_y, grid_x = ops.meshgrid(ys, xs, indexing="ij")
        return grid_x, grid_y

    def construct(self, hw, intrinsics, c2w):
        gx, gy = self.make_grid(hw)
        fx, fy, cx, cy = intrinsics[0], intrinsics[1], intrinsics[2], intrinsics[3]
        dirs = ops.stack([(gx - cx) / fx, -(gy - cy) / fy, -ops.ones_like(gx)], axis=-1)
        rays_d = ops.matmul(dirs.reshape(-1, 3), c2w[:3, :3].T)
        rays_o = ops.broadcast_to(c2w[:3, 3], rays_d.shape)
        return rays_o, rays_d


def make():
    np.random.seed(3)
    hw = Tensor(np.array([6, 8], np.int32))
    intr = Tensor(np.array([10.0, 10.0, 4.0, 3.0], np.float32))
    c2w = np.eye(4, dtype=np.float32)
    c2w[2, 3] = 3.0
    return DatasetRayGenerator(), (hw, intr, Tensor(c2w))
