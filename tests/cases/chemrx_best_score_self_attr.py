# case: retrosynthesis scorer remembers the best candidate score seen so far by writing self.best_score inside construct -> attribute write on self in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidateScorer(nn.Cell):
    def __init__(self, dim=12):
        super().__init__()
        self.score = nn.Dense(2 * dim, 1)
        self.best_score = Tensor(-1e9, ms.float32)

    def construct(self, product_vec, precursor_vecs):
        n = precursor_vecs.shape[0]
        prod = ops.tile(product_vec, (n, 1))
        s = self.score(ops.concat((prod, precursor_vecs), axis=-1)).squeeze(-1)
        self.best_score = ops.maximum(self.best_score, s.max())
        return s, self.best_score


def make():
    np.random.seed(24)
    product_vec = Tensor(np.random.randn(1, 12).astype(np.float32))
    precursors = Tensor(np.random.randn(5, 12).astype(np.float32))
    return CandidateScorer(), (product_vec, precursors)
