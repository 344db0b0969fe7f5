# case: warp a front-view lane probability map into bird's-eye view with a precomputed sampling grid and grid_sample, then apply a fixed BEV ROI mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def build_ipm_grid(bev_h, bev_w, spread=0.6):
    ys = np.linspace(-0.2, 1.0, bev_h, dtype=np.float32)
    xs = np.linspace(-1.0, 1.0, bev_w, dtype=np.float32)
    gy, gx = np.meshgrid(ys, xs, indexing="ij")
    depth = (1.0 - gy) * 0.5 + 0.5
    src_x = gx * spread * (1.0 - 0.8 * (1.0 - depth))
    return np.stack([src_x, gy], axis=-1)[None]


class BEVWarp(nn.Cell):
    def __init__(self, bev_h=12, bev_w=10):
        super().__init__()
        self.grid = Tensor(build_ipm_grid(bev_h, bev_w))
        roi = np.ones((1, 1, bev_h, bev_w), np.float32)
        roi[..., : bev_h // 4, :] = 0.0
        self.roi = Tensor(roi)

    def construct(self, fv_prob):
        grid = ops.broadcast_to(self.grid, (fv_prob.shape[0],) + self.grid.shape[1:])
        bev = ops.grid_sample(fv_prob, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
        return bev * self.roi


def make():
    np.random.seed(35)
    prob = Tensor(np.random.rand(2, 1, 16, 24).astype(np.float32))
    return BEVWarp(), (prob,)
