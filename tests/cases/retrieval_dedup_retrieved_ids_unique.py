# case: merges ids retrieved by two retrievers and deduplicates them with ops.unique before scoring -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HybridCandidateMerger(nn.Cell):
    def __init__(self, num_docs=50, dim=8, k_dense=6, k_sparse=6):
        super().__init__()
        self.k_dense = k_dense
        self.k_sparse = k_sparse
        self.doc_table = nn.Embedding(num_docs, dim)

    def _retrieve(self, scores, k):
        _, idx = ops.topk(scores, k)
        return idx.astype(ms.int32)

    def merge(self, dense_scores, sparse_scores):
        ids = ops.concat([self._retrieve(dense_scores, self.k_dense),
                          self._retrieve(sparse_scores, self.k_sparse)])
        uniq, _ = ops.unique(ids)
        return uniq

    def construct(self, query_vec, dense_scores, sparse_scores):
        cand = self.merge(dense_scores, sparse_scores)
        cand_vecs = self.doc_table(cand)
        rerank = ops.matmul(cand_vecs, query_vec)
        order = ops.argsort(rerank, descending=True)
        return ops.gather(cand, order, 0)


def make():
    np.random.seed(3)
    q = Tensor(np.random.randn(8).astype(np.float32))
    dense = Tensor(np.random.rand(50).astype(np.float32))
    sparse = Tensor(np.random.rand(50).astype(np.float32))
    return HybridCandidateMerger(), (q, dense, sparse)
