# case: retrieval re-ranker taking top-k candidates where k = min(config k, number of candidates from .shape) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKReranker(nn.Cell):
    def __init__(self, dim=8, k=4, temperature=0.5):
        super().__init__()
        self.k = k
        self.temperature = temperature
        self.query_proj = nn.Dense(dim, dim)
        self.rerank = nn.Dense(2 * dim, 1)

    def shortlist(self, q, cands):
        sims = ops.matmul(cands, q.expand_dims(-1)).squeeze(-1)
        k = min(self.k, cands.shape[1])
        vals, idx = ops.topk(sims, k)
        picked = ops.gather_elements(cands, 1, idx.expand_dims(-1).broadcast_to((-1, -1, cands.shape[-1])))
        return vals, picked

    def construct(self, query, candidates):
        q = self.query_proj(query)
        coarse, picked = self.shortlist(q, candidates)
        pair = ops.concat([picked, q.expand_dims(1).broadcast_to(picked.shape)], axis=-1)
        fine = self.rerank(pair).squeeze(-1)
        return ops.softmax((coarse + fine) / self.temperature, axis=-1)


def make():
    np.random.seed(29)
    net = TopKReranker()
    q = Tensor(np.random.randn(2, 8).astype(np.float32))
    c = Tensor(np.random.randn(2, 7, 8).astype(np.float32))
    return net, (q, c)
