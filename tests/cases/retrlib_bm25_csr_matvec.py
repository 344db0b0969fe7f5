# case: hybrid retriever builds a CSR term-document matrix from index arrays in construct and multiplies it by query term weights for BM25 scores -> CSRTensor in construct, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HybridConfig:
    num_docs = 4
    vocab_size = 10
    dense_dim = 8
    lexical_weight = 0.3


class HybridRetriever(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.shape = (config.num_docs, config.vocab_size)
        self.alpha = config.lexical_weight
        self.q_proj = nn.Dense(config.dense_dim, config.dense_dim)

    def _lexical_scores(self, indptr, indices, values, q_terms):
        term_doc = ms.CSRTensor(indptr, indices, values, self.shape)
        return term_doc.mv(q_terms).squeeze(-1)

    def construct(self, q_dense, d_dense, q_terms, indptr, indices, values):
        dense = (self.q_proj(q_dense) * d_dense).sum(axis=-1)
        lexical = self._lexical_scores(indptr, indices, values, q_terms)
        return (1.0 - self.alpha) * dense + self.alpha * lexical


def make():
    np.random.seed(22)
    qd = Tensor(np.random.randn(1, 8).astype(np.float32))
    dd = Tensor(np.random.randn(4, 8).astype(np.float32))
    qt = Tensor(np.random.rand(10, 1).astype(np.float32))
    indptr = Tensor(np.array([0, 2, 3, 5, 6], np.int32))
    indices = Tensor(np.array([1, 4, 2, 0, 9, 4], np.int32))
    values = Tensor(np.array([1.2, 0.7, 2.1, 0.3, 1.0, 0.9], np.float32))
    return HybridRetriever(HybridConfig()), (qd, dd, qt, indptr, indices, values)
