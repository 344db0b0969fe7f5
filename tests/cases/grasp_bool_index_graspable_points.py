# case: selects graspable surface points from a point cloud by boolean-mask indexing on a curvature test before computing the approach normal -> boolean-mask indexing is dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ApproachEstimator(nn.Cell):
    def __init__(self, max_curvature=0.3):
        super().__init__()
        self.max_curvature = max_curvature

    def construct(self, points, normals, curvature):
        flat = curvature < self.max_curvature
        good_pts = points[flat]
        good_normals = normals[flat]
        approach = -good_normals.mean(axis=0)
        approach = approach / ops.norm(approach)
        return good_pts.mean(axis=0), approach


def make():
    np.random.seed(6)
    pts = Tensor(np.random.randn(32, 3).astype(np.float32))
    n = np.random.randn(32, 3).astype(np.float32)
    n /= np.linalg.norm(n, axis=1, keepdims=True)
    curv = Tensor(np.random.rand(32).astype(np.float32))
    return ApproachEstimator(), (pts, Tensor(n), curv)
