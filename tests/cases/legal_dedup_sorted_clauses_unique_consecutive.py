# case: sort clause hashes and collapse runs of repeated boilerplate clauses with unique_consecutive, then weight each distinct clause by its repeat count -> unique_consecutive output size depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RepeatAwareClauseEncoder(nn.Cell):
    def __init__(self, num_hashes=40, hidden=8):
        super().__init__()
        self.table = nn.Embedding(num_hashes, hidden)
        self.out = nn.Dense(hidden, hidden)

    def collapse(self, hashes):
        sorted_hashes, _ = ops.sort(hashes)
        distinct, _, counts = ops.unique_consecutive(sorted_hashes, return_inverse=True, return_counts=True)
        return distinct, counts

    def construct(self, clause_hashes):
        distinct, counts = self.collapse(clause_hashes)
        weights = 1.0 / counts.astype(ms.float32)
        vecs = self.table(distinct) * weights.expand_dims(-1)
        return self.out(vecs.sum(axis=0))


def make():
    np.random.seed(40)
    hashes = Tensor(np.array([12, 5, 12, 30, 5, 12, 7, 30], dtype=np.int32))
    return RepeatAwareClauseEncoder(), (hashes,)
