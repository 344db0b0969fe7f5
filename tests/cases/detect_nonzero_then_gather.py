# case: finds candidate anchors with ops.nonzero on a score mask, then gathers boxes by those indices; index count data-dependent -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def decode(anchors, deltas):
    ctr = anchors[:, :2] + deltas[:, :2]
    wh = anchors[:, 2:] * ops.exp(deltas[:, 2:])
    return ops.concat((ctr - wh / 2, ctr + wh / 2), axis=1)


class CandidateFilter(nn.Cell):
    def __init__(self, thresh=0.5):
        super().__init__()
        self.thresh = thresh

    def construct(self, anchors, deltas, scores):
        boxes = decode(anchors, deltas)
        idx = ops.nonzero(scores > self.thresh).squeeze(-1)
        cand = ops.gather(boxes, idx, 0)
        cand_scores = ops.gather(scores, idx, 0)
        return cand, cand_scores


def make():
    anchors = Tensor(np.random.rand(16, 4).astype(np.float32))
    deltas = Tensor(np.random.randn(16, 4).astype(np.float32) * 0.1)
    scores = Tensor(np.random.rand(16).astype(np.float32))
    return CandidateFilter(), (anchors, deltas, scores)
