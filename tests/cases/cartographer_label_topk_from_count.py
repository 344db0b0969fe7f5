# case: keep the best label positions where k equals the number of candidates scoring over a threshold -> top-k size from data, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelScorer(nn.Cell):
    def __init__(self, n_features=6):
        super().__init__()
        self.score = nn.Dense(n_features, 1)
        self.min_score = 0.0

    def construct(self, candidates):
        s = self.score(candidates).squeeze(-1)
        good = (s > self.min_score).astype(ms.int32).sum()
        k = int(good)
        best, idx = ops.topk(s, k)
        return best, idx


def make():
    np.random.seed(15)
    feats = np.random.randn(40, 6).astype(np.float32)
    return LabelScorer(), (Tensor(feats),)
