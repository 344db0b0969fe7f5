# case: ByteTrack association collects (track, det) pairs whose IoU passes match_thresh with ops.nonzero -> dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MATCH_THRESH = 0.3


def box_area(b):
    return (b[..., 2] - b[..., 0]).clip(0) * (b[..., 3] - b[..., 1]).clip(0)


def pairwise_iou(a, b):
    lt = ops.maximum(a[:, None, :2], b[None, :, :2])
    rb = ops.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = (rb - lt).clip(0)
    inter = wh[..., 0] * wh[..., 1]
    union = box_area(a)[:, None] + box_area(b)[None, :] - inter
    return inter / (union + 1e-6)


class IoUAssociator(nn.Cell):
    def __init__(self, match_thresh=MATCH_THRESH, fuse_score=True):
        super().__init__()
        self.match_thresh = match_thresh
        self.fuse_score = fuse_score

    def construct(self, track_boxes, det_boxes, det_scores):
        iou = pairwise_iou(track_boxes, det_boxes)
        if self.fuse_score:
            iou = iou * det_scores[None, :]
        pairs = ops.nonzero(iou > self.match_thresh)
        return pairs, iou


def _rand_boxes(n):
    xy = np.random.rand(n, 2).astype(np.float32) * 50
    wh = np.random.rand(n, 2).astype(np.float32) * 30 + 5
    return np.concatenate([xy, xy + wh], axis=1)


def make():
    np.random.seed(21)
    tracks = _rand_boxes(6)
    dets = tracks + np.random.randn(6, 4).astype(np.float32)
    scores = np.random.rand(6).astype(np.float32) * 0.5 + 0.5
    return IoUAssociator(), (Tensor(tracks), Tensor(dets), Tensor(scores))
