# case: COO adjacency with duplicate edges is coalesced before densify; coalesce output nnz depends on data, expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor

N = 6


class CoalescedAdj(nn.Cell):
    def __init__(self, n=N):
        super().__init__()
        self.shape = (n, n)

    def construct(self, x, indices, values):
        adj = COOTensor(indices, values, self.shape)
        adj = adj.coalesce()
        dense = adj.to_dense()
        return ops.matmul(dense, x)


def make():
    idx = np.array([[0, 1], [0, 1], [2, 3], [4, 5], [5, 0], [2, 3]], np.int64)
    vals = np.ones(6, np.float32)
    x = Tensor(np.random.RandomState(13).randn(N, 3).astype(np.float32))
    return CoalescedAdj(), (x, Tensor(idx), Tensor(vals))
