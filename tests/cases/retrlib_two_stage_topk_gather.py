# case: two-stage retrieval takes a fixed top-k shortlist from bi-encoder scores and gathers the candidates' vectors for a cross scorer -> data-valued indices but fixed k, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoStageConfig:
    def __init__(self, dim=8, shortlist_size=4, rerank=True):
        self.dim = dim
        self.shortlist_size = shortlist_size
        self.rerank = rerank


class CrossScorer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.mlp = nn.SequentialCell(nn.Dense(2 * dim, dim), nn.GELU(), nn.Dense(dim, 1))

    def construct(self, q, cands):
        q = ops.broadcast_to(q.expand_dims(1), cands.shape)
        return self.mlp(ops.concat((q, cands), axis=-1)).squeeze(-1)


class TwoStageRetriever(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.k = config.shortlist_size
        self.rerank = config.rerank
        self.cross = CrossScorer(config.dim)

    def construct(self, queries, corpus):
        first = ops.matmul(queries, corpus.T)
        top_scores, top_idx = ops.topk(first, self.k)
        if not self.rerank:
            return top_scores, top_idx
        cands = ops.gather(corpus, top_idx.reshape(-1), 0).reshape(queries.shape[0], self.k, -1)
        second = self.cross(queries, cands)
        order = ops.argsort(second, axis=-1, descending=True)
        return ops.gather_elements(second, 1, order), ops.gather_elements(top_idx, 1, order)


def make():
    np.random.seed(38)
    q = Tensor(np.random.randn(2, 8).astype(np.float32))
    corpus = Tensor(np.random.randn(20, 8).astype(np.float32))
    return TwoStageRetriever(TwoStageConfig()), (q, corpus)
