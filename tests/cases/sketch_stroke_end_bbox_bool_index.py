# case: normalises each sketch by the bounding box of its stroke end points selected by boolean-mask indexing -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrokeEndNormalizer(nn.Cell):
    """Scale absolute coordinates by the extent of the stroke end points."""

    def __init__(self, target_extent=1.0, eps=1e-4):
        super().__init__()
        self.target_extent = target_extent
        self.eps = eps

    def absolute(self, strokes):
        return ops.cumsum(strokes[:, :2], axis=0)

    def end_points(self, xy, pen_lift):
        lifted = pen_lift > 0.5
        return xy[lifted]

    def construct(self, strokes):
        xy = self.absolute(strokes)
        ends = self.end_points(xy, strokes[:, 2])
        lo = ends.min(axis=0)
        hi = ends.max(axis=0)
        extent = ops.maximum((hi - lo).max(), self.eps)
        return (xy - lo) / extent * self.target_extent


def make():
    np.random.seed(6)
    strokes = np.random.randn(9, 3).astype(np.float32)
    strokes[:, 2] = np.array([0, 0, 1, 0, 1, 0, 0, 0, 1], np.float32)
    return StrokeEndNormalizer(), (Tensor(strokes),)
