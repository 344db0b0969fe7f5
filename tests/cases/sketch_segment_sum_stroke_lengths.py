# case: per-stroke arc length via unsorted_segment_sum with the number of strokes read from the stroke ids -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrokeLengthFeatures(nn.Cell):
    """Arc length of every stroke in a stroke-3 sketch."""

    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def stroke_ids(self, pen_lift):
        # the point after a pen lift starts a new stroke
        starts = ops.concat((ops.zeros((1,), ms.float32), pen_lift[:-1]))
        return ops.cumsum(starts, axis=0).astype(ms.int32)

    def construct(self, strokes):
        seg_len = ops.sqrt((strokes[:, :2] ** 2).sum(axis=-1) + self.eps)
        ids = self.stroke_ids(strokes[:, 2])
        num_strokes = int(ids.max()) + 1
        lengths = ops.unsorted_segment_sum(seg_len, ids, num_strokes)
        return lengths / lengths.sum()


def make():
    np.random.seed(14)
    strokes = np.random.randn(10, 3).astype(np.float32)
    strokes[:, 2] = np.array([0, 0, 1, 0, 0, 1, 0, 0, 0, 1], np.float32)
    return StrokeLengthFeatures(), (Tensor(strokes),)
