# case: Fast-NMS over time builds a full tIoU matrix, keeps upper triangle, and zeroes suppressed scores with ops.where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FastTemporalNMS(nn.Cell):
    def __init__(self, iou_thresh=0.5):
        super().__init__()
        self.iou_thresh = iou_thresh

    def pairwise_tiou(self, segs):
        s, e = segs[:, 0], segs[:, 1]
        inter = ops.clamp(ops.minimum(e[:, None], e[None, :]) - ops.maximum(s[:, None], s[None, :]), min=0.0)
        length = e - s
        union = length[:, None] + length[None, :] - inter
        return inter / union

    def construct(self, segs, scores):
        order = ops.argsort(scores, descending=True)
        segs = segs[order]
        scores = scores[order]
        iou = ops.triu(self.pairwise_tiou(segs), diagonal=1)
        max_iou = iou.max(axis=0)
        kept_scores = ops.where(max_iou < self.iou_thresh, scores, ops.zeros_like(scores))
        return segs, kept_scores


def make():
    np.random.seed(32)
    s = np.random.rand(10).astype(np.float32) * 20
    segs = Tensor(np.stack([s, s + 2 + np.random.rand(10).astype(np.float32) * 3], axis=1))
    scores = Tensor(np.random.rand(10).astype(np.float32))
    return FastTemporalNMS(), (segs, scores)
