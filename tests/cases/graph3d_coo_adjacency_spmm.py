# case: normalised adjacency as a COOTensor built from edge_index, sparse-dense matmul -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseGCN(nn.Cell):
    def __init__(self, in_dim=6, out_dim=6, num_layers=2):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(in_dim if i == 0 else out_dim, out_dim) for i in range(num_layers)])
        self.spmm = ops.SparseTensorDenseMatmul()

    def normalized_values(self, edge_index, n):
        ones = ops.ones((edge_index.shape[1],), ms.float32)
        deg = ops.unsorted_segment_sum(ones, edge_index[0], n)
        return ops.gather(1.0 / deg, edge_index[0], 0)

    def construct(self, x, edge_index):
        n = x.shape[0]
        vals = self.normalized_values(edge_index, n)
        adj = COOTensor(edge_index.T, vals, (n, n))
        h = x
        for layer in self.layers:
            h = ops.relu(self.spmm(adj.indices, adj.values, adj.shape, layer(h)))
        return h


def make():
    np.random.seed(15)
    n = 8
    src = np.arange(n).repeat(3)
    dst = np.random.randint(0, n, size=src.shape)
    ei = Tensor(np.stack([src, dst]).astype(np.int32))
    x = Tensor(np.random.randn(n, 6).astype(np.float32))
    return SparseGCN(), (x, ei)
