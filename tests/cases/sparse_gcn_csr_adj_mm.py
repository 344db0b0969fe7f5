# case: GCN layer multiplies a CSR adjacency built in construct by dense node features (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class GCNLayer(nn.Cell):
    def __init__(self, n_nodes=4, inp=5, out=3):
        super().__init__()
        self.n = n_nodes
        self.lin = nn.Dense(inp, out, has_bias=False)

    def construct(self, indptr, indices, weights, x):
        adj = CSRTensor(indptr, indices, weights, (self.n, self.n))
        h = self.lin(x)
        return ops.relu(adj.mm(h))


def make():
    indptr = Tensor(np.array([0, 2, 3, 5, 6], np.int32))
    indices = Tensor(np.array([0, 1, 1, 2, 3, 3], np.int32))
    w = Tensor(np.ones(6, np.float32) * 0.5)
    x = Tensor(np.random.randn(4, 5).astype(np.float32))
    return GCNLayer(), (indptr, indices, w, x)
