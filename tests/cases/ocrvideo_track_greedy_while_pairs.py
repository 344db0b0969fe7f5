# case: tracker pops best IoU pairs in a while loop on a tensor condition and collects matched pairs in a list -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_iou(a, b):
    lt = ops.maximum(a[:, None, :2], b[None, :, :2])
    rb = ops.minimum(a[:, None, 2:], b[None, :, 2:])
    inter = ops.clamp(rb - lt, min=0.0).prod(-1)
    area_a = (a[:, 2:] - a[:, :2]).prod(-1)
    area_b = (b[:, 2:] - b[:, :2]).prod(-1)
    return inter / (area_a[:, None] + area_b[None, :] - inter)


class GreedyMatcher(nn.Cell):
    def __init__(self, match_thresh=0.2):
        super().__init__()
        self.match_thresh = match_thresh

    def construct(self, track_boxes, det_boxes):
        iou = pairwise_iou(track_boxes, det_boxes)
        n_dets = iou.shape[1]
        matches = []
        while iou.max() > self.match_thresh:
            k = iou.argmax()
            ti, di = k // n_dets, k % n_dets
            matches.append(ops.stack((ti, di)))
            iou[ti] = -1.0
            iou[:, di] = -1.0
        return ops.stack(matches)


def make():
    np.random.seed(23)
    base = np.random.rand(3, 2).astype(np.float32) * 40
    tracks = np.concatenate([base, base + 15], axis=1)
    dets = np.concatenate([base[::-1] + 1, base[::-1] + 16], axis=1)
    return GreedyMatcher(), (Tensor(tracks), Tensor(dets.astype(np.float32)))
