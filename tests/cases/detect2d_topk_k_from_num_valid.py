# case: top-k where k is the number of anchors passing the threshold, read from tensor data -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidateSelector(nn.Cell):
    def __init__(self, score_thresh=0.5, max_candidates=64):
        super().__init__()
        self.score_thresh = score_thresh
        self.max_candidates = max_candidates

    def count_valid(self, scores):
        valid = (scores > self.score_thresh).astype(ms.int32)
        return valid.sum()

    def construct(self, scores, boxes):
        num_valid = self.count_valid(scores)
        k = ops.minimum(num_valid, self.max_candidates)
        k = ops.maximum(k, 1)
        k = int(k)
        top_scores, top_idx = ops.topk(scores, k)
        top_boxes = ops.gather(boxes, top_idx, 0)
        return top_scores, top_boxes


def make():
    np.random.seed(3)
    scores = Tensor(np.random.rand(40).astype(np.float32))
    boxes = Tensor(np.random.rand(40, 4).astype(np.float32))
    return CandidateSelector(), (scores, boxes)
