# case: picks the top grasps where k is the number of collision-free candidates read from the mask sum -> topk with tensor-derived k fails or goes dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraspRanker(nn.Cell):
    def __init__(self, score_bias=0.0):
        super().__init__()
        self.score_bias = score_bias
        self.sigmoid = nn.Sigmoid()

    def score(self, logits):
        return self.sigmoid(logits + self.score_bias)

    def construct(self, logits, collision_mask):
        scores = self.score(logits)
        free = ops.logical_not(collision_mask)
        scores = ops.where(free, scores, ops.zeros_like(scores))
        k = int(free.astype(ms.int32).sum())
        top_scores, top_idx = ops.topk(scores, k)
        return top_scores, top_idx


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(16).astype(np.float32))
    collision = Tensor(np.random.rand(16) > 0.6)
    return GraspRanker(), (logits, collision)
