# case: pick the best-yielding trees per row, with the number kept taken from the trap-free tree count -> top-k with k from tensor data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowYieldRanker(nn.Cell):
    def __init__(self, n_features=6, hidden=16):
        super().__init__()
        self.encoder = nn.SequentialCell([
            nn.Dense(n_features, hidden),
            nn.ReLU(),
            nn.Dense(hidden, 1),
        ])

    def score_trees(self, feats):
        # feats: (trees, features) -> (trees,)
        return self.encoder(feats).squeeze(-1)

    def construct(self, feats, pest_free_flags):
        scores = self.score_trees(feats)
        keep = int(pest_free_flags.sum())
        best, idx = ops.topk(scores, keep)
        return best.mean(), idx


def make():
    np.random.seed(302)
    feats = Tensor(np.random.rand(24, 6).astype(np.float32))
    flags = Tensor((np.random.rand(24) > 0.4).astype(np.int32))
    return RowYieldRanker(), (feats, flags)
