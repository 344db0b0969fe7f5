# case: candidate detections for association picked with topk where k comes from config clipped by the static detection count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKCandidates(nn.Cell):
    def __init__(self, max_candidates=5, score_thresh=0.5):
        super().__init__()
        self.max_candidates = max_candidates
        self.score_thresh = score_thresh

    def construct(self, boxes, scores):
        k = min(self.max_candidates, scores.shape[0])
        top_scores, idx = ops.topk(scores, k)
        cand = ops.gather(boxes, idx, 0)
        valid = top_scores > self.score_thresh
        return cand, top_scores, valid


def make():
    np.random.seed(20)
    boxes = Tensor(np.random.rand(8, 4).astype(np.float32))
    scores = Tensor(np.random.rand(8).astype(np.float32))
    return TopKCandidates(), (boxes, scores)
