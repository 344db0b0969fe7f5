# case: CSR adjacency passed in as a CSRTensor and multiplied with node features via mm; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class CSRPropagate(nn.Cell):
    def __init__(self, dim=4, hops=2):
        super().__init__()
        self.hops = hops
        self.lin = nn.Dense(dim, dim)

    def construct(self, adj, x):
        h = self.lin(x)
        for _ in range(self.hops):
            h = adj.mm(h)
        return h


def make():
    indptr = Tensor(np.array([0, 2, 3, 5, 6], np.int32))
    indices = Tensor(np.array([1, 2, 0, 1, 3, 2], np.int32))
    values = Tensor(np.ones(6, np.float32) * 0.5)
    adj = CSRTensor(indptr, indices, values, (4, 4))
    x = Tensor(np.random.RandomState(14).randn(4, 4).astype(np.float32))
    return CSRPropagate(), (adj, x)
