# case: point cloud buffer padded to a fixed size with the real point count passed as a tensor; slices pts[:num_points] before taking the bounding box -> slice bound from tensor value fails or is dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ObjectBoundingBox(nn.Cell):
    def __init__(self, margin=0.01):
        super().__init__()
        self.margin = margin

    def construct(self, padded_points, num_points):
        pts = padded_points[:num_points]
        lo = pts.min(axis=0) - self.margin
        hi = pts.max(axis=0) + self.margin
        center = (lo + hi) / 2
        return center, hi - lo


def make():
    np.random.seed(7)
    buf = np.zeros((40, 3), np.float32)
    buf[:23] = np.random.randn(23, 3)
    return ObjectBoundingBox(), (Tensor(buf), Tensor(23, ms.int32))
