# case: rank trees in a row by predicted yield and keep a fixed top five for the field report -> constant k, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TOP_TREES = 5


class RowYieldRanker(nn.Cell):
    def __init__(self, n_features=6, hidden=16, top=TOP_TREES):
        super().__init__()
        self.top = top
        self.encoder = nn.SequentialCell([
            nn.Dense(n_features, hidden),
            nn.ReLU(),
            nn.Dense(hidden, 1),
        ])

    def score_trees(self, feats):
        return self.encoder(feats).squeeze(-1)

    def construct(self, feats, pest_free_flags):
        scores = self.score_trees(feats) * pest_free_flags.astype(ms.float32)
        best, idx = ops.topk(scores, self.top)
        return best.mean(), idx


def make():
    np.random.seed(3021)
    feats = Tensor(np.random.rand(24, 6).astype(np.float32))
    flags = Tensor((np.random.rand(24) > 0.4).astype(np.int32))
    return RowYieldRanker(), (feats, flags)
