# case: LiDAR point cloud filtered to ground returns below a local-minimum height with boolean-mask indexing pts[mask] -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroundReturnFilter(nn.Cell):
    def __init__(self, tolerance=0.25):
        super().__init__()
        self.tolerance = tolerance

    def construct(self, points, classification):
        z = points[:, 2]
        ground_level = z.min() + self.tolerance
        is_ground = ops.logical_and(z < ground_level, classification == 2)
        ground_pts = points[is_ground]
        return ground_pts.mean(axis=0), ground_pts


def make():
    np.random.seed(10)
    pts = np.random.rand(40, 3).astype(np.float32)
    pts[:, 2] *= 2.0
    cls = np.random.choice([1, 2], size=40).astype(np.int32)
    cls[np.argmin(pts[:, 2])] = 2
    return GroundReturnFilter(), (Tensor(pts), Tensor(cls))
