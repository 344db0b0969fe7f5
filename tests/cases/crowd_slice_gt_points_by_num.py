# case: slices the padded ground-truth point array with a tensor holding the number of annotated heads -> slice bound from tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointCountLoss(nn.Cell):
    def __init__(self, sigma=4.0):
        super().__init__()
        self.sigma = sigma

    def construct(self, density, gt_points, num_points):
        pts = gt_points[:num_points]
        h, w = density.shape[-2], density.shape[-1]
        ys = ops.arange(h).astype(ms.float32).reshape(h, 1, 1)
        xs = ops.arange(w).astype(ms.float32).reshape(1, w, 1)
        d2 = (ys - pts[:, 1]) ** 2 + (xs - pts[:, 0]) ** 2
        target = ops.exp(-d2 / (2 * self.sigma ** 2)).sum(-1)
        target = target / (2 * 3.14159 * self.sigma ** 2)
        return ((density[0, 0] - target) ** 2).mean()


def make():
    np.random.seed(8)
    dens = np.random.rand(1, 1, 12, 12).astype(np.float32) * 0.01
    pts = np.random.rand(16, 2).astype(np.float32) * 12
    return PointCountLoss(), (Tensor(dens), Tensor(pts), Tensor(5, ms.int32))
