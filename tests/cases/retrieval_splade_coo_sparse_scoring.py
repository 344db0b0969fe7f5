# case: SPLADE-style learned sparse document vectors are turned into a COOTensor from their non-zero entries before a sparse dot product -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SpladeEncoder(nn.Cell):
    def __init__(self, hidden=16, vocab=32):
        super().__init__()
        self.mlm = nn.Dense(hidden, vocab)

    def construct(self, token_states):
        logits = self.mlm(token_states)
        weights = ops.log1p(ops.relu(logits))
        return weights.max(axis=-2)


class SparseRetriever(nn.Cell):
    def __init__(self, hidden=16, vocab=32, prune_below=0.3):
        super().__init__()
        self.encoder = SpladeEncoder(hidden, vocab)
        self.prune_below = prune_below
        self.vocab = vocab

    def to_sparse(self, dense):
        dense = ops.select(dense > self.prune_below, dense, ops.zeros_like(dense))
        indices = ops.nonzero(dense)
        values = ops.gather_nd(dense, indices)
        return COOTensor(indices, values, dense.shape)

    def construct(self, query_states, doc_states):
        q = self.encoder(query_states)
        docs = self.to_sparse(self.encoder(doc_states))
        return docs.to_dense().astype(ms.float32) @ q


def make():
    np.random.seed(9)
    q = Tensor(np.random.randn(6, 16).astype(np.float32))
    d = Tensor(np.random.randn(4, 9, 16).astype(np.float32))
    return SparseRetriever(), (q, d)
