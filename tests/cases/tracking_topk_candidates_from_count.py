# case: candidate detections for association picked with topk where k = number of detections above the score threshold -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidateSelector(nn.Cell):
    def __init__(self, score_thresh=0.5, max_candidates=None):
        super().__init__()
        self.score_thresh = score_thresh
        self.max_candidates = max_candidates

    def num_candidates(self, scores):
        n = (scores > self.score_thresh).astype(ms.int32).sum()
        if self.max_candidates is not None:
            n = ops.minimum(n, self.max_candidates)
        return n

    def construct(self, boxes, scores):
        k = self.num_candidates(scores)
        top_scores, idx = ops.topk(scores, int(k))
        return ops.gather(boxes, idx, 0), top_scores


def make():
    np.random.seed(19)
    boxes = Tensor(np.random.rand(8, 4).astype(np.float32))
    scores = Tensor(np.array([0.9, 0.2, 0.6, 0.4, 0.55, 0.1, 0.7, 0.3], np.float32))
    return CandidateSelector(), (boxes, scores)
