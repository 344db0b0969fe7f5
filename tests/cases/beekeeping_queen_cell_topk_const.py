# case: frame inspection ranks queen-cell candidates with ops.topk using a fixed max_candidates config and zeroes low scores -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueenCellRanker(nn.Cell):
    def __init__(self, n_feat=10, thr=0.6, max_candidates=5):
        super().__init__()
        self.score = nn.SequentialCell([nn.Dense(n_feat, 16), nn.ReLU(), nn.Dense(16, 1), nn.Sigmoid()])
        self.thr = thr
        self.max_candidates = max_candidates

    def construct(self, cell_feats):
        s = self.score(cell_feats).reshape(-1)
        k = min(self.max_candidates, s.shape[0])
        top_scores, top_idx = ops.topk(s, k)
        valid = (top_scores > self.thr).astype(top_scores.dtype)
        return top_scores * valid, top_idx


def make():
    np.random.seed(82)
    feats = np.random.randn(30, 10).astype(np.float32)
    return QueenCellRanker(), (Tensor(feats),)
