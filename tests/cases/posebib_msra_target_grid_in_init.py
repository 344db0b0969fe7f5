# case: MSRA Gaussian target generator builds its coordinate grid with NumPy in __init__ and evaluates the Gaussian with ops.exp, masking invisible joints with a three-argument where -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TargetCfg:
    def __init__(self, heatmap_size=(12, 16), sigma=2.0, unbiased=False):
        self.heatmap_size = heatmap_size
        self.sigma = sigma
        self.unbiased = unbiased


def make_grid(w, h):
    ys, xs = np.meshgrid(np.arange(h, dtype=np.float32), np.arange(w, dtype=np.float32), indexing="ij")
    return xs, ys


class MSRAHeatmapTarget(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        xs, ys = make_grid(*cfg.heatmap_size)
        self.grid_x = Tensor(xs)
        self.grid_y = Tensor(ys)
        self.two_sigma_sq = 2.0 * cfg.sigma ** 2
        self.unbiased = cfg.unbiased

    def construct(self, keypoints, visibility):
        if not self.unbiased:
            keypoints = ops.round(keypoints)
        kx = keypoints[..., 0][..., None, None]
        ky = keypoints[..., 1][..., None, None]
        d2 = (self.grid_x - kx) ** 2 + (self.grid_y - ky) ** 2
        heat = ops.exp(-d2 / self.two_sigma_sq)
        vis = (visibility > 0)[..., None, None]
        vis = ops.broadcast_to(vis, heat.shape)
        return ops.where(vis, heat, ops.zeros_like(heat))


def make():
    np.random.seed(125)
    kpts = Tensor((np.random.rand(2, 17, 2) * [12, 16]).astype(np.float32))
    vis = Tensor((np.random.rand(2, 17) > 0.2).astype(np.float32))
    return MSRAHeatmapTarget(TargetCfg()), (kpts, vis)
