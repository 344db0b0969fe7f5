# case: keep only the first occurrence of each clause hash via a pairwise-equality matrix and a strict lower-triangular mask, weighting instead of dropping -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FirstOccurrenceDedup(nn.Cell):
    def __init__(self, num_hashes=40, hidden=8):
        super().__init__()
        self.clause_table = nn.Embedding(num_hashes, hidden)

    def first_occurrence(self, hashes):
        n = hashes.shape[0]
        same = ops.equal(hashes.expand_dims(1), hashes.expand_dims(0)).astype(ms.float32)
        earlier = ops.tril(ops.ones((n, n), ms.float32), -1)
        seen_before = (same * earlier).sum(axis=1)
        return (seen_before == 0).astype(ms.float32)

    def construct(self, clause_hashes):
        keep = self.first_occurrence(clause_hashes)
        vecs = self.clause_table(clause_hashes)
        total = (vecs * keep.expand_dims(-1)).sum(axis=0)
        return total / ops.maximum(keep.sum(), 1.0)


def make():
    np.random.seed(7)
    hashes = np.array([3, 17, 3, 25, 17, 9, 3, 31], dtype=np.int32)
    return FirstOccurrenceDedup(), (Tensor(hashes),)
