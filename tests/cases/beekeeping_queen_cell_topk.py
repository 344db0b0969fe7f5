# case: frame inspection ranks queen-cell candidates with ops.topk where k is the number of cells above threshold converted with int() -> k from tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueenCellRanker(nn.Cell):
    def __init__(self, n_feat=10, thr=0.6):
        super().__init__()
        self.score = nn.SequentialCell([nn.Dense(n_feat, 16), nn.ReLU(), nn.Dense(16, 1), nn.Sigmoid()])
        self.thr = thr

    def construct(self, cell_feats):
        s = self.score(cell_feats).reshape(-1)
        k = int((s > self.thr).sum())
        k = max(k, 1)
        top_scores, top_idx = ops.topk(s, k)
        return top_scores, top_idx


def make():
    np.random.seed(81)
    feats = np.random.randn(30, 10).astype(np.float32)
    return QueenCellRanker(), (Tensor(feats),)
