# case: POI cluster extent is built as a plain Python BoundingBox object in construct and returned -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoundingBox:
    def __init__(self, min_xy, max_xy):
        self.min_xy = min_xy
        self.max_xy = max_xy

    def center(self):
        return (self.min_xy + self.max_xy) / 2


class ClusterExtent(nn.Cell):
    def __init__(self, pad=0.01):
        super().__init__()
        self.pad = pad

    def construct(self, cluster_xy):
        lo = ops.amin(cluster_xy, 0) - self.pad
        hi = ops.amax(cluster_xy, 0) + self.pad
        box = BoundingBox(lo, hi)
        return box


def make():
    np.random.seed(16)
    xy = np.random.normal([121.4, 31.2], 0.05, size=(12, 2)).astype(np.float32)
    return ClusterExtent(), (Tensor(xy),)
