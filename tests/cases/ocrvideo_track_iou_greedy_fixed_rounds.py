# case: tracker associates detections to tracks by greedy IoU matching with a fixed number of rounds and masking via where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def box_iou(a, b):
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    lt = ops.maximum(a[:, None, :2], b[None, :, :2])
    rb = ops.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = ops.clamp(rb - lt, min=0.0)
    inter = wh[..., 0] * wh[..., 1]
    return inter / (area_a[:, None] + area_b[None, :] - inter + 1e-6)


class GreedyIoUAssociator(nn.Cell):
    def __init__(self, iou_thresh=0.3):
        super().__init__()
        self.iou_thresh = iou_thresh

    def construct(self, tracks, dets):
        n_tracks, n_dets = tracks.shape[0], dets.shape[0]
        iou = box_iou(tracks, dets)
        assign = ops.full((n_tracks,), -1, dtype=ms.int32)
        for _ in range(min(n_tracks, n_dets)):
            flat_idx = iou.reshape(-1).argmax()
            best = iou.reshape(-1)[flat_idx]
            t, d = flat_idx // n_dets, flat_idx % n_dets
            ok = best > self.iou_thresh
            row_hit = ops.arange(n_tracks) == t
            assign = ops.where(row_hit & ok, d.astype(ms.int32), assign)
            col_hit = ops.arange(n_dets) == d
            iou = ops.where(row_hit[:, None] | col_hit[None, :], ops.full_like(iou, -1.0), iou)
        return assign


def make():
    np.random.seed(22)
    base = np.random.rand(4, 2).astype(np.float32) * 50
    tracks = np.concatenate([base, base + 20], axis=1)
    dets = np.concatenate([base[[2, 0, 1]] + 2, base[[2, 0, 1]] + 21], axis=1)
    return GreedyIoUAssociator(), (Tensor(tracks), Tensor(dets.astype(np.float32)))
