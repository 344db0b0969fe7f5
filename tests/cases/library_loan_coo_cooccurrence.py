# case: build the sparse patron-by-title loan matrix as an ms.COOTensor inside construct and multiply it with title embeddings for patron profiles -> sparse tensor in graph, hazard
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatronProfiles(nn.Cell):
    def __init__(self, n_patrons=16, n_titles=50, dim=8):
        super().__init__()
        self.shape = (n_patrons, n_titles)
        self.title_emb = ms.Parameter(Tensor(np.random.randn(n_titles, dim).astype(np.float32)),
                                      name="title_emb")

    def construct(self, loan_pairs, loan_counts):
        loans = ms.COOTensor(loan_pairs, loan_counts, self.shape)
        dense = loans.to_dense()
        profiles = ops.matmul(dense, self.title_emb)
        norm = dense.sum(axis=1, keepdims=True) + 1.0
        return profiles / norm


def make():
    np.random.seed(51)
    n = 40
    pairs = np.stack([np.random.randint(0, 16, n), np.random.randint(0, 50, n)], axis=1)
    pairs = np.unique(pairs, axis=0)
    counts = np.random.randint(1, 4, len(pairs)).astype(np.float32)
    return PatronProfiles(), (Tensor(pairs, ms.int32), Tensor(counts))
