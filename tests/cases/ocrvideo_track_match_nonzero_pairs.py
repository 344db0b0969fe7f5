# case: tracker returns all (track, det) pairs whose IoU exceeds a threshold using ops.argwhere on the cost matrix -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IoUCost(nn.Cell):
    def construct(self, a, b):
        lt = ops.maximum(a.expand_dims(1)[..., :2], b.expand_dims(0)[..., :2])
        rb = ops.minimum(a.expand_dims(1)[..., 2:], b.expand_dims(0)[..., 2:])
        inter = ops.relu(rb - lt).prod(-1)
        area = lambda x: (x[..., 2] - x[..., 0]) * (x[..., 3] - x[..., 1])
        return inter / (area(a).expand_dims(1) + area(b).expand_dims(0) - inter)


class ThresholdAssociation(nn.Cell):
    def __init__(self, iou_thresh=0.1, use_mutual_best=True):
        super().__init__()
        self.cost = IoUCost()
        self.iou_thresh = iou_thresh
        self.use_mutual_best = use_mutual_best

    def construct(self, tracks, dets):
        iou = self.cost(tracks, dets)
        valid = iou > self.iou_thresh
        if self.use_mutual_best:
            row_best = iou == iou.max(axis=1, keepdims=True)
            valid = valid & row_best
        pairs = ops.argwhere(valid)
        return pairs, iou


def make():
    np.random.seed(26)
    base = np.random.rand(4, 2).astype(np.float32) * 30
    tracks = np.concatenate([base, base + 12], axis=1)
    dets = np.concatenate([base[:3] + 1.5, base[:3] + 13], axis=1)
    return ThresholdAssociation(), (Tensor(tracks), Tensor(dets.astype(np.float32)))
