# case: propagate activity along a sparse perch-to-perch movement graph stored as a COOTensor -> sparse tensor in construct, Graph mode may reject or treat specially
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerchGraphSmoother(nn.Cell):
    def __init__(self, n_perches=6):
        super().__init__()
        self.n_perches = n_perches

    def construct(self, indices, visits, activity):
        adj = ms.COOTensor(indices, visits, (self.n_perches, self.n_perches))
        dense_adj = adj.to_dense()
        spread = ops.matmul(dense_adj, activity)
        return spread / (dense_adj.sum(axis=1, keepdims=True) + 1e-6)


def make():
    np.random.seed(3179)
    idx = np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0], [1, 4]], dtype=np.int32)
    vals = np.random.uniform(1, 5, len(idx)).astype(np.float32)
    act = np.random.rand(6, 4).astype(np.float32)
    return PerchGraphSmoother(), (Tensor(idx), Tensor(vals), Tensor(act))
