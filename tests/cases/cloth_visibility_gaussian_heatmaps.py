# case: pose heatmaps rendered as Gaussians on a fixed grid, multiplied by the keypoint visibility flags -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoseHeatmaps(nn.Cell):
    def __init__(self, height=16, width=12, sigma=1.5):
        super().__init__()
        ys, xs = np.meshgrid(np.arange(height), np.arange(width), indexing="ij")
        self.xs = Tensor(xs.astype(np.float32))
        self.ys = Tensor(ys.astype(np.float32))
        self.two_sigma2 = 2.0 * sigma * sigma

    def construct(self, kps, vis):
        x = kps[:, 0].reshape(-1, 1, 1)
        y = kps[:, 1].reshape(-1, 1, 1)
        d2 = (self.xs - x) ** 2 + (self.ys - y) ** 2
        heat = ops.exp(-d2 / self.two_sigma2)
        flags = (vis > 0.5).astype(ms.float32).reshape(-1, 1, 1)
        return heat * flags


def make():
    np.random.seed(45)
    kps = Tensor((np.random.rand(17, 2) * np.array([12, 16])).astype(np.float32))
    vis = Tensor(np.random.rand(17).astype(np.float32))
    return PoseHeatmaps(), (kps, vis)
