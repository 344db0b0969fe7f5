# case: margin line extraction weights scan points by a soft/hard curvature mask through multiplication instead of indexing -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarginLineExtractor(nn.Cell):
    def __init__(self, sharp_edge=0.8, smooth=True):
        super().__init__()
        self.sharp_edge = sharp_edge
        self.smooth = smooth
        self.kernel = Tensor(np.ones((1, 1, 5), np.float32) / 5.0)

    def _smooth(self, curv):
        c = curv.reshape(1, 1, -1)
        c = ops.pad(c, (2, 2), mode="replicate")
        return ops.conv1d(c, self.kernel).reshape(-1)

    def construct(self, points, curvature):
        if self.smooth:
            curvature = self._smooth(curvature)
        is_margin = (curvature > self.sharp_edge).astype(points.dtype)
        w = is_margin.expand_dims(-1)
        count = ops.maximum(w.sum(), 1.0)
        centroid = (points * w).sum(axis=0) / count
        return (points - centroid) * w


def make():
    np.random.seed(306)
    pts = np.random.randn(400, 3).astype(np.float32) * 4.0
    curv = np.abs(np.random.randn(400)).astype(np.float32)
    return MarginLineExtractor(), (Tensor(pts), Tensor(curv))
