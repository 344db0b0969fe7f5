# case: candidate retrieval taking top-k entities where k is the number of non-padding candidates -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidateRetriever(nn.Cell):
    def __init__(self, num_entities=40, dim=8, pad_id=0, rerank=True):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.query_proj = nn.Dense(dim, dim)
        self.pad_id = pad_id
        self.rerank = rerank
        self.reranker = nn.Dense(dim, 1)

    def construct(self, query_vec, cand_ids):
        q = self.query_proj(query_vec)
        cand = self.ent(cand_ids)
        scores = ops.matmul(cand, q)
        valid = (cand_ids != self.pad_id).astype(ms.int32)
        k = int(valid.sum())
        top_scores, top_idx = ops.topk(scores, k)
        chosen = ops.gather(cand, top_idx, 0)
        if self.rerank:
            return self.reranker(chosen).squeeze(-1) + top_scores
        return top_scores


def make():
    np.random.seed(24)
    q = np.random.randn(8).astype(np.float32)
    cands = np.array([5, 9, 13, 2, 31, 0, 0, 0], dtype=np.int32)
    return CandidateRetriever(), (Tensor(q), Tensor(cands))
