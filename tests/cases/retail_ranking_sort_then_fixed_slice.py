# case: top-k product ranking sorts scores descending with ops.sort and keeps a fixed number of leading ids -> constant slice of a static-shape sort, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortRanker(nn.Cell):
    def __init__(self, dim=4, k=3):
        super().__init__()
        self.k = k
        self.w = nn.Dense(dim, 1)

    def construct(self, feats, boost):
        scores = self.w(feats).squeeze(-1) + boost
        sorted_scores, order = ops.sort(scores, axis=-1, descending=True)
        return order[..., :self.k], sorted_scores[..., :self.k]


def make():
    np.random.seed(29)
    feats = Tensor(np.random.randn(2, 9, 4).astype(np.float32))
    boost = Tensor(np.random.rand(2, 9).astype(np.float32) * 0.1)
    return SortRanker(), (feats, boost)
