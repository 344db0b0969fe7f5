# case: build a COOTensor of keyword hits per transcript window and multiply it with a dense keyword-weight vector to score ad reads -> sparse tensor in graph (may be static or error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SponsorKeywordScorer(nn.Cell):
    def __init__(self, n_windows=8, vocab=12):
        super().__init__()
        self.shape = (n_windows, vocab)
        self.weights = ms.Parameter(Tensor(np.linspace(0.1, 1.2, vocab).astype(np.float32).reshape(vocab, 1)),
                                    name="kw_weights")

    def construct(self, indices, counts):
        hits = COOTensor(indices, counts, self.shape)
        dense_hits = hits.to_dense()
        return ops.matmul(dense_hits, self.weights).squeeze(-1)


def make():
    np.random.seed(14)
    idx = np.array([[0, 1], [0, 5], [2, 3], [3, 11], [5, 0], [7, 7]], dtype=np.int32)
    vals = np.random.uniform(1, 4, size=(6,)).astype(np.float32)
    return SponsorKeywordScorer(), (Tensor(idx), Tensor(vals))
