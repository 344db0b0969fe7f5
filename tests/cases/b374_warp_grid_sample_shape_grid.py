# case: backward warping of a frame by optical flow with ops.grid_sample, base grid built from x.shape via ops.meshgrid and normalised to [-1, 1] -> only shape-derived sizes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarpConfig:
    def __init__(self, align_corners=True, padding_mode="border", mode="bilinear"):
        self.align_corners = align_corners
        self.padding_mode = padding_mode
        self.mode = mode


def make_base_grid(n, h, w, dtype):
    ys = ops.arange(0, h, dtype=dtype)
    xs = ops.arange(0, w, dtype=dtype)
    gy, gx = ops.meshgrid(ys, xs, indexing="ij")
    grid = ops.stack((gx, gy), axis=0)
    return ops.broadcast_to(grid[None], (n, 2, h, w))


class BackwardWarp(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.align_corners = config.align_corners
        self.padding_mode = config.padding_mode
        self.mode = config.mode

    def construct(self, img, flow):
        n, _, h, w = img.shape
        coords = make_base_grid(n, h, w, flow.dtype) + flow
        gx = 2.0 * coords[:, 0] / max(w - 1, 1) - 1.0
        gy = 2.0 * coords[:, 1] / max(h - 1, 1) - 1.0
        grid = ops.stack((gx, gy), axis=-1)
        return ops.grid_sample(img, grid, mode=self.mode, padding_mode=self.padding_mode,
                               align_corners=self.align_corners)


def make():
    np.random.seed(37411)
    img = Tensor(np.random.rand(2, 3, 12, 20).astype(np.float32))
    flow = Tensor(np.random.randn(2, 2, 12, 20).astype(np.float32))
    return BackwardWarp(WarpConfig()), (img, flow)
