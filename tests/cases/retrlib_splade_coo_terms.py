# case: SPLADE-style lexical scorer packs the query's active vocabulary weights into a COOTensor inside construct before dotting with passage vectors -> sparse tensor in graph, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpladeConfig:
    def __init__(self, vocab_size=32, hidden_size=16, use_sparse=True):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.use_sparse = use_sparse


class SpladeHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mlm = nn.Dense(config.hidden_size, config.vocab_size)
        self.vocab_size = config.vocab_size

    def construct(self, hidden, mask):
        logits = self.mlm(hidden)
        w = ops.log1p(ops.relu(logits)) * mask.expand_dims(-1).astype(logits.dtype)
        return w.max(axis=1)


class SparseLexicalScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = SpladeHead(config)
        self.use_sparse = config.use_sparse
        self.vocab_size = config.vocab_size

    def construct(self, q_hidden, q_mask, term_index, passage_vecs):
        q_weights = self.head(q_hidden, q_mask)[0]
        if self.use_sparse:
            values = ops.gather(q_weights, term_index[:, 1], 0)
            q_sparse = ms.COOTensor(term_index, values, (1, self.vocab_size))
            return q_sparse.to_dense().squeeze(0) @ passage_vecs.T
        return q_weights @ passage_vecs.T


def make():
    np.random.seed(21)
    qh = Tensor(np.random.randn(1, 6, 16).astype(np.float32))
    qm = Tensor(np.ones((1, 6), np.int32))
    idx = Tensor(np.array([[0, 2], [0, 5], [0, 17], [0, 30]], np.int32))
    pv = Tensor(np.abs(np.random.randn(4, 32)).astype(np.float32))
    return SparseLexicalScorer(SpladeConfig()), (qh, qm, idx, pv)
