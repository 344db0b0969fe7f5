# case: IoU cost matrix between tracks and detections, then collect valid costs with masked_select for logging -> dynamic shape at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def box_area(b):
    return (b[:, 2] - b[:, 0]).clip(0.0) * (b[:, 3] - b[:, 1]).clip(0.0)


def pairwise_iou(a, b):
    lt = ops.maximum(a[:, None, :2], b[None, :, :2])
    rb = ops.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = (rb - lt).clip(0.0)
    inter = wh[..., 0] * wh[..., 1]
    union = box_area(a)[:, None] + box_area(b)[None, :] - inter
    return inter / (union + 1e-6)


class IoUCost(nn.Cell):
    def __init__(self, iou_thresh=0.3, return_valid=True):
        super().__init__()
        self.iou_thresh = iou_thresh
        self.return_valid = return_valid

    def construct(self, tracks, dets):
        iou = pairwise_iou(tracks, dets)
        cost = 1.0 - iou
        if self.return_valid:
            valid = iou > self.iou_thresh
            return cost, self.valid_costs(cost, valid)
        return cost, cost

    def valid_costs(self, cost, valid):
        return ops.masked_select(cost, valid)


def make():
    np.random.seed(2)
    xy = np.random.rand(4, 2).astype(np.float32) * 10
    tracks = np.concatenate([xy, xy + 3], 1)
    dets = np.concatenate([xy[::-1] + 0.5, xy[::-1] + 3.5], 1)
    return IoUCost(), (Tensor(tracks), Tensor(dets.astype(np.float32)))
