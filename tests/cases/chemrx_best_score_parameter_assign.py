# case: retrosynthesis scorer tracks the best candidate score in a non-trainable Parameter updated with ops.assign -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CandidateScorer(nn.Cell):
    def __init__(self, dim=12):
        super().__init__()
        self.score = nn.Dense(2 * dim, 1)
        self.best_score = Parameter(Tensor(-1e9, ms.float32), name="best_score", requires_grad=False)

    def pair(self, product_vec, precursor_vecs):
        n = precursor_vecs.shape[0]
        prod = ops.tile(product_vec, (n, 1))
        return ops.concat((prod, precursor_vecs), axis=-1)

    def construct(self, product_vec, precursor_vecs):
        s = self.score(self.pair(product_vec, precursor_vecs)).squeeze(-1)
        new_best = ops.maximum(self.best_score, s.max())
        ops.assign(self.best_score, new_best)
        return s, new_best


def make():
    np.random.seed(25)
    product_vec = Tensor(np.random.randn(1, 12).astype(np.float32))
    precursors = Tensor(np.random.randn(5, 12).astype(np.float32))
    return CandidateScorer(), (product_vec, precursors)
