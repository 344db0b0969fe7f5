# case: return as many top suggestions as there are candidates above a relevance floor, using topk with k counted from the data -> topk k from a tensor value, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SuggestionSelector(nn.Cell):
    def __init__(self, dim=8, floor=0.0):
        super().__init__()
        self.query_proj = nn.Dense(dim, dim)
        self.floor = floor

    def construct(self, query_vec, cand_vecs):
        q = self.query_proj(query_vec)
        scores = ops.matmul(cand_vecs, q.T).squeeze(-1)
        k = (scores > self.floor).astype(ms.int32).sum()
        values, indices = ops.topk(scores, k)
        return values, indices


def make():
    np.random.seed(8)
    qv = np.random.randn(1, 8).astype(np.float32)
    cv = np.random.randn(12, 8).astype(np.float32)
    return SuggestionSelector(), (Tensor(qv), Tensor(cv))
