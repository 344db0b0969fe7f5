# case: return the top-k autocomplete suggestions with k fixed in the constructor and clamped to the candidate count from the shape -> topk with a constant k, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AutocompleteRanker(nn.Cell):
    def __init__(self, dim=8, top_k=5):
        super().__init__()
        self.top_k = top_k
        self.query_proj = nn.Dense(dim, dim, has_bias=False)

    def construct(self, prefix_vec, cand_vecs, cand_ids):
        q = self.query_proj(prefix_vec)
        scores = ops.matmul(cand_vecs, q.T).squeeze(-1)
        k = min(self.top_k, cand_vecs.shape[0])
        top_scores, top_idx = ops.topk(scores, k)
        return ops.gather(cand_ids, top_idx, 0), ops.softmax(top_scores)


def make():
    np.random.seed(34)
    pv = np.random.randn(1, 8).astype(np.float32)
    cv = np.random.randn(10, 8).astype(np.float32)
    ids = np.arange(500, 510).astype(np.int32)
    return AutocompleteRanker(), (Tensor(pv), Tensor(cv), Tensor(ids))
