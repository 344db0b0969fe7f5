# case: multi-query retrieval loops over range(num_queries) where num_queries is a tensor input, accumulating reciprocal-rank fusion scores -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReciprocalRankFusion(nn.Cell):
    def __init__(self, rrf_k=60.0):
        super().__init__()
        self.rrf_k = rrf_k

    def _ranks(self, scores):
        order = ops.argsort(scores, descending=True)
        ranks = ops.argsort(order.astype(ms.float32))
        return ranks.astype(ms.float32) + 1.0

    def _fuse(self, fused, scores):
        return fused + 1.0 / (self.rrf_k + self._ranks(scores))

    def construct(self, query_variants, doc_emb, num_queries):
        fused = ops.zeros(doc_emb.shape[0], ms.float32)
        for i in range(num_queries):
            fused = self._fuse(fused, ops.matmul(doc_emb, query_variants[i]))
        return ops.topk(fused, 3)


def make():
    np.random.seed(15)
    qv = Tensor(np.random.randn(4, 8).astype(np.float32))
    docs = Tensor(np.random.randn(15, 8).astype(np.float32))
    return ReciprocalRankFusion(), (qv, docs, Tensor(3, ms.int32))
