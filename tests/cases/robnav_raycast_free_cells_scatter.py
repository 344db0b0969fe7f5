# case: raycast each beam with a fixed number of samples and scatter free/occupied updates into a log-odds grid -> static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RayCaster(nn.Cell):
    def __init__(self, n_beams=16, n_samples=10, size=20, resolution=0.2):
        super().__init__()
        ang = np.linspace(-np.pi, np.pi, n_beams, endpoint=False).astype(np.float32)
        self.dirs = Tensor(np.stack([np.cos(ang), np.sin(ang)], 1))
        self.fracs = Tensor(np.linspace(0.0, 0.95, n_samples).astype(np.float32))
        self.size = size
        self.resolution = resolution
        self.origin = size // 2

    def to_cells(self, xy):
        c = ops.floor(xy / self.resolution).astype(ms.int32) + self.origin
        return ops.clamp(c, 0, self.size - 1)

    def construct(self, grid, ranges):
        r = ranges.expand_dims(-1) * self.fracs.expand_dims(0)        # (B, S)
        pts = r.expand_dims(-1) * self.dirs.expand_dims(1)            # (B, S, 2)
        free_idx = self.to_cells(pts.reshape(-1, 2))
        hit_idx = self.to_cells(ranges.expand_dims(-1) * self.dirs)
        grid = ops.tensor_scatter_add(grid, free_idx, ops.full((free_idx.shape[0],), -0.05, dtype=ms.float32))
        grid = ops.tensor_scatter_add(grid, hit_idx, ops.full((hit_idx.shape[0],), 0.9, dtype=ms.float32))
        return ops.clamp(grid, -2.0, 3.5)


def make():
    np.random.seed(38)
    grid = np.zeros((20, 20), np.float32)
    r = np.random.uniform(0.5, 1.9, size=(16,)).astype(np.float32)
    return RayCaster(), (Tensor(grid), Tensor(r))
