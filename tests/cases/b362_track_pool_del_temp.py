# case: track-pool merge step frees intermediate IoU tensors with del inside construct before returning merged boxes -> error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def iou_matrix(a, b):
    lt = ops.maximum(a[:, None, :2], b[None, :, :2])
    rb = ops.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = (rb - lt).clip(0)
    inter = wh[..., 0] * wh[..., 1]
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    return inter / (area_a[:, None] + area_b[None, :] - inter)


class DuplicateTrackSuppressor(nn.Cell):
    def __init__(self, dup_thresh=0.15):
        super().__init__()
        self.dup_thresh = dup_thresh

    def construct(self, tracked, lost):
        iou = iou_matrix(tracked, lost)
        dup = (iou > 1.0 - self.dup_thresh).astype(ms.float32).max(axis=0)
        del iou
        keep = 1.0 - dup
        return lost * keep[:, None], keep


def make():
    np.random.seed(141)
    xy = np.random.rand(4, 2).astype(np.float32) * 60
    tracked = np.concatenate([xy, xy + 25], 1)
    lost = np.concatenate([tracked[:2] + 0.5, np.concatenate([xy[2:] + 40, xy[2:] + 60], 1)], 0)
    return DuplicateTrackSuppressor(), (Tensor(tracked), Tensor(lost.astype(np.float32)))
