# case: margin line extraction keeps only scan points whose curvature exceeds the sharp-edge threshold via boolean-mask indexing -> graph mode should go dynamic or reject the boolean index
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
        is_margin = curvature > self.sharp_edge
        margin_pts = points[is_margin]
        centroid = margin_pts.mean(axis=0)
        return margin_pts - centroid


def make():
    np.random.seed(305)
    pts = np.random.randn(400, 3).astype(np.float32) * 4.0
    curv = np.abs(np.random.randn(400)).astype(np.float32)
    return MarginLineExtractor(), (Tensor(pts), Tensor(curv))
