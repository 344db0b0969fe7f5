# case: deduplicate repeated boilerplate clauses by running unique over clause hash ids, then average the surviving clause embeddings -> unique has a data-dependent output size, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClauseDeduplicator(nn.Cell):
    def __init__(self, num_hashes=40, hidden=8):
        super().__init__()
        self.clause_table = nn.Embedding(num_hashes, hidden)
        self.unique = ops.Unique()

    def construct(self, clause_hashes):
        distinct, _ = self.unique(clause_hashes)
        clause_vecs = self.clause_table(distinct)
        doc_vec = clause_vecs.mean(axis=0)
        return doc_vec


def make():
    np.random.seed(6)
    hashes = np.array([3, 17, 3, 25, 17, 9, 3, 31], dtype=np.int32)
    return ClauseDeduplicator(), (Tensor(hashes),)
