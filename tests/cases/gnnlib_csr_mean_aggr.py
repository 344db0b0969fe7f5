# case: mean aggregation that builds an ms.CSRTensor from a CSR row pointer/column index pair and calls .mm on node features -> sparse CSR op in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def row_counts(indptr):
    return (indptr[1:] - indptr[:-1]).astype(ms.float32)


class CSRMeanAggregator(nn.Cell):
    def __init__(self, num_nodes, hidden, normalize=True):
        super().__init__()
        self.num_nodes = num_nodes
        self.normalize = normalize
        self.lin = nn.Dense(hidden, hidden)

    def construct(self, x, indptr, indices, values=None):
        if values is None:
            values = ops.ones(indices.shape, x.dtype)
        adj = ms.CSRTensor(indptr, indices, values, (self.num_nodes, self.num_nodes))
        out = adj.mm(x)
        if self.normalize:
            out = out / ops.clamp(row_counts(indptr), min=1.0)[:, None]
        return self.lin(out)


def make():
    np.random.seed(3445)
    n = 9
    dense = (np.random.rand(n, n) < 0.35).astype(np.float32)
    indptr = np.concatenate([[0], np.cumsum(dense.sum(1))]).astype(np.int32)
    indices = np.nonzero(dense)[1].astype(np.int32)
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    return CSRMeanAggregator(n, 16), (x, Tensor(indptr), Tensor(indices))
