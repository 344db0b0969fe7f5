# case: computes the centroid and mean normal of graspable points by multiplying a fixed-size float mask in and dividing by the mask sum instead of indexing -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedCentroid(nn.Cell):
    def __init__(self, max_curvature=0.3, eps=1e-6):
        super().__init__()
        self.max_curvature = max_curvature
        self.eps = eps

    def weighted_mean(self, x, w):
        return (x * w.expand_dims(-1)).sum(axis=0) / (w.sum() + self.eps)

    def construct(self, points, normals, curvature):
        w = (curvature < self.max_curvature).astype(ms.float32)
        centroid = self.weighted_mean(points, w)
        approach = -self.weighted_mean(normals, w)
        approach = approach / (ops.norm(approach) + self.eps)
        return centroid, approach, w.sum()


def make():
    np.random.seed(25)
    pts = Tensor(np.random.randn(32, 3).astype(np.float32))
    n = np.random.randn(32, 3).astype(np.float32)
    n /= np.linalg.norm(n, axis=1, keepdims=True)
    curv = Tensor(np.random.rand(32).astype(np.float32))
    return MaskedCentroid(), (pts, Tensor(n), curv)
