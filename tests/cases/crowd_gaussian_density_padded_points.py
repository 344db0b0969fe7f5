# case: renders a ground-truth Gaussian density map on the fly from a padded point array, zeroing padded points with a validity mask -> broadcasting on fixed shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensityRenderer(nn.Cell):
    def __init__(self, height=12, width=12, sigma=1.5):
        super().__init__()
        self.sigma = sigma
        self.norm = 1.0 / (2.0 * np.pi * sigma * sigma)
        self.ys = Tensor(np.arange(height, dtype=np.float32).reshape(height, 1, 1))
        self.xs = Tensor(np.arange(width, dtype=np.float32).reshape(1, width, 1))

    def construct(self, points, num_valid):
        max_pts = points.shape[0]
        valid = ops.cast(ops.arange(max_pts) < num_valid, ms.float32)
        d2 = (self.ys - points[:, 1]) ** 2 + (self.xs - points[:, 0]) ** 2
        blobs = ops.exp(-d2 / (2 * self.sigma ** 2)) * self.norm
        return (blobs * valid).sum(-1)


def make():
    np.random.seed(45)
    pts = np.random.rand(8, 2).astype(np.float32) * 12
    return DensityRenderer(), (Tensor(pts), Tensor(5, ms.int32))
