# case: re-ranker keeps only candidates above a first-stage score cutoff by slicing with a count computed from the scores -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossEncoderHead(nn.Cell):
    def __init__(self, dim=16, hidden=32):
        super().__init__()
        self.ffn = nn.SequentialCell([nn.Dense(2 * dim, hidden), nn.GELU(), nn.Dense(hidden, 1)])

    def construct(self, q, docs):
        q = ops.broadcast_to(q.reshape(1, -1), docs.shape)
        return self.ffn(ops.concat([q, docs], axis=-1)).squeeze(-1)


class TwoStageReranker(nn.Cell):
    def __init__(self, dim=16, first_stage_cutoff=0.0, max_rerank=8):
        super().__init__()
        self.head = CrossEncoderHead(dim)
        self.cutoff = first_stage_cutoff
        self.max_rerank = max_rerank

    def _shortlist(self, first_scores, doc_emb):
        order = ops.argsort(first_scores, descending=True)
        sorted_scores = ops.gather(first_scores, order, 0)
        sorted_docs = ops.gather(doc_emb, order, 0)
        n_keep = (sorted_scores > self.cutoff).astype(ms.int32).sum()
        n_keep = ops.minimum(n_keep, self.max_rerank)
        return sorted_docs[:n_keep], order[:n_keep]

    def construct(self, query, doc_emb, first_scores):
        docs, ids = self._shortlist(first_scores, doc_emb)
        rerank_scores = self.head(query, docs)
        best = ops.argmax(rerank_scores)
        return ids[best], rerank_scores


def make():
    np.random.seed(6)
    query = Tensor(np.random.randn(16).astype(np.float32))
    docs = Tensor(np.random.randn(12, 16).astype(np.float32))
    first = Tensor(np.random.randn(12).astype(np.float32))
    return TwoStageReranker(), (query, docs, first)
