# case: graph convolution that stores the thresholded road adjacency as an ms.COOTensor support built in construct and multiplies it with node features -> sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseGCNConfig:
    hidden = 8
    threshold = 0.5


class SparseSupportGCN(nn.Cell):
    def __init__(self, in_dim, config):
        super().__init__()
        self.proj = nn.Dense(in_dim, config.hidden)
        self.threshold = config.threshold
        self.spmm = ops.SparseTensorDenseMatmul()

    def _support(self, indices, values, n_nodes):
        return ms.COOTensor(indices, values, (n_nodes, n_nodes))

    def construct(self, x, edge_index, edge_weight):
        n = x.shape[0]
        support = self._support(edge_index, edge_weight, n)
        h = self.proj(x)
        out = self.spmm(support.indices, support.values, support.shape, h)
        return ops.relu(out)


def make():
    np.random.seed(3815)
    n = 8
    adj = np.random.rand(n, n).astype(np.float32)
    rows, cols = np.nonzero(adj > SparseGCNConfig.threshold)
    edge_index = np.stack([rows, cols], axis=1).astype(np.int32)
    edge_weight = adj[rows, cols].astype(np.float32)
    x = np.random.randn(n, 5).astype(np.float32)
    return SparseSupportGCN(5, SparseGCNConfig()), (Tensor(x), Tensor(edge_index), Tensor(edge_weight))
