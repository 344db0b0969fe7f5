# case: temporal NMS with a fixed number of rounds that zeroes suppressed scores with where instead of removing proposals -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_tiou(segs):
    s, e = segs[:, 0], segs[:, 1]
    inter = ops.clamp(ops.minimum(e[:, None], e[None, :]) - ops.maximum(s[:, None], s[None, :]), min=0.0)
    length = e - s
    return inter / (length[:, None] + length[None, :] - inter + 1e-6)


class FixedRoundNMS(nn.Cell):
    """Returns the scores after NMS (suppressed proposals get score 0), same shape as input."""

    def __init__(self, iou_thr=0.4, rounds=3):
        super().__init__()
        self.iou_thr = iou_thr
        self.rounds = rounds

    def construct(self, segs, scores):
        iou = pairwise_tiou(segs)
        n = scores.shape[0]
        keep_scores = scores
        active = ops.ones((n,), ms.float32)
        for _ in range(self.rounds):
            best = (keep_scores * active).argmax()
            onehot = ops.one_hot(best, n, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
            suppress = (iou[best] > self.iou_thr).astype(ms.float32) * (1.0 - onehot)
            keep_scores = ops.where(suppress > 0, ops.zeros_like(keep_scores), keep_scores)
            active = active * (1.0 - onehot)
        return keep_scores


def make():
    np.random.seed(25)
    starts = np.random.uniform(0, 8, size=6)
    segs = Tensor(np.stack([starts, starts + np.random.uniform(1, 3, size=6)], 1).astype(np.float32))
    scores = Tensor(np.random.uniform(0, 1, size=6).astype(np.float32))
    return FixedRoundNMS(), (segs, scores)
