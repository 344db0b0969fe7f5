# case: association cost matrix gates out low-IoU pairs with a three-argument ops.where, shape stays tracks x dets -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

INF_COST = 1e5


def pairwise_iou(a, b):
    lt = ops.maximum(a[:, None, :2], b[None, :, :2])
    rb = ops.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = (rb - lt).clip(0)
    inter = wh[..., 0] * wh[..., 1]
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    return inter / (area_a[:, None] + area_b[None, :] - inter + 1e-6)


class AssocConfig:
    match_thresh = 0.8
    second_match_thresh = 0.5
    mot20 = False


class GatedIoUCost(nn.Cell):
    def __init__(self, config=AssocConfig()):
        super().__init__()
        self.match_thresh = config.match_thresh
        self.mot20 = config.mot20

    def construct(self, tracks, dets, det_scores=None):
        iou = pairwise_iou(tracks, dets)
        cost = 1.0 - iou
        if not self.mot20 and det_scores is not None:
            cost = 1.0 - (iou * det_scores[None, :])
        gated = ops.where(cost > self.match_thresh, ops.full_like(cost, INF_COST), cost)
        best = gated.argmin(axis=1)
        return gated, best


def make():
    np.random.seed(22)
    xy = np.random.rand(5, 2).astype(np.float32) * 40
    tracks = np.concatenate([xy, xy + 20], axis=1)
    dets = tracks[::-1].copy() + np.random.randn(5, 4).astype(np.float32)
    scores = np.random.rand(5).astype(np.float32)
    return GatedIoUCost(), (Tensor(tracks), Tensor(dets), Tensor(scores))
