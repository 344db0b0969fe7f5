# case: ranks candidate answer cells and takes topk with k equal to the number of non-empty cells counted from the tensor -> k from a tensor value, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidateRanker(nn.Cell):
    def __init__(self, hidden=8, max_keep=5):
        super().__init__()
        self.scorer = nn.Dense(hidden, 1)
        self.max_keep = max_keep

    def construct(self, cell_feats, nonempty):
        scores = self.scorer(cell_feats).squeeze(-1)
        scores = scores - (1.0 - nonempty) * 1e4
        k = ops.minimum(nonempty.sum().astype(ms.int32), self.max_keep)
        top_scores, top_idx = ops.topk(scores, k)
        return top_scores, top_idx


def make():
    np.random.seed(14)
    feats = Tensor(np.random.randn(12, 8).astype(np.float32))
    nonempty = np.zeros(12, dtype=np.float32)
    nonempty[[0, 2, 3, 7]] = 1.0
    return CandidateRanker(), (feats, Tensor(nonempty))
