# case: search query-term x doc-term cross features packed into a COOTensor from nonzero positions of the multi-hot matrix, then densified -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseTermCross(nn.Cell):
    def __init__(self, num_terms=6, weight_init=0.5):
        super().__init__()
        self.num_terms = num_terms
        self.cross_w = ms.Parameter(Tensor(np.full((num_terms, num_terms), weight_init, np.float32)),
                                    name="cross_w")

    def _to_coo(self, cross):
        idx = ops.nonzero(cross)
        vals = ops.gather_nd(cross, idx)
        return COOTensor(idx, vals, (self.num_terms, self.num_terms))

    def construct(self, query_terms, doc_terms):
        cross = ops.outer(query_terms, doc_terms)
        coo = self._to_coo(cross)
        dense = coo.to_dense()
        return (dense * self.cross_w).sum()


def make():
    q = Tensor(np.array([1, 0, 1, 0, 0, 1], dtype=np.float32))
    d = Tensor(np.array([0, 1, 1, 0, 1, 0], dtype=np.float32))
    return SparseTermCross(), (q, d)
