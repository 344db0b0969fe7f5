# case: computes the ink centroid by multiplying coordinates with a float pen-down mask instead of selecting points -> fixed shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedInkCentroid(nn.Cell):
    def __init__(self, pen_threshold=0.5, eps=1e-6):
        super().__init__()
        self.pen_threshold = pen_threshold
        self.eps = eps

    def construct(self, points):
        pen_down = (points[:, 2] < self.pen_threshold).astype(ms.float32)
        w = pen_down.reshape(-1, 1)
        total = w.sum() + self.eps
        centroid = (points[:, :2] * w).sum(0) / total
        return points[:, :2] - centroid


def make():
    np.random.seed(22)
    pts = np.random.rand(16, 3).astype(np.float32)
    pts[:, 2] = (np.random.rand(16) > 0.6).astype(np.float32)
    return MaskedInkCentroid(), (Tensor(pts),)
