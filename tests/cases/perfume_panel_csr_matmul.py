# case: panel rating matrix (assessor x odorant) stored as a CSR tensor because most assessors skipped most odorants, aggregated by sparse matmul -> CSRTensor in construct, expected sparse path that Graph mode may not handle
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparsePanelAggregate(nn.Cell):
    def __init__(self, n_assessors=6, n_odorants=9):
        super().__init__()
        self.shape = (n_assessors, n_odorants)

    def construct(self, indptr, indices, values, assessor_weight):
        ratings = ms.CSRTensor(indptr, indices, values, self.shape)
        weights = assessor_weight.reshape(1, -1)
        weighted = ratings.to_dense()
        totals = ops.matmul(weights, weighted)
        coverage = ms.CSRTensor(indptr, indices, ops.ones_like(values), self.shape).to_dense().sum(axis=0)
        return totals.reshape(-1) / (coverage + 1e-6)


def make():
    np.random.seed(92)
    dense = np.where(np.random.rand(6, 9) < 0.35, np.random.randint(1, 10, (6, 9)), 0).astype(np.float32)
    indptr = [0]
    indices, values = [], []
    for r in dense:
        nz = np.nonzero(r)[0]
        indices += list(nz)
        values += list(r[nz])
        indptr.append(len(indices))
    w = np.random.rand(6).astype(np.float32)
    return SparsePanelAggregate(), (Tensor(np.array(indptr, np.int32)), Tensor(np.array(indices, np.int32)),
                                   Tensor(np.array(values, np.float32)), Tensor(w))
