# case: propagation layer that wraps the edge list in an ms.COOTensor adjacency inside construct and multiplies it with node features -> sparse tensor in graph, may be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PropConfig:
    hidden = 16
    num_nodes = 12
    use_sparse = True
    alpha = 0.1


class SparsePropagation(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n = config.num_nodes
        self.use_sparse = config.use_sparse
        self.alpha = config.alpha

    def to_adj(self, edge_index, edge_weight):
        indices = edge_index.T
        return ms.COOTensor(indices, edge_weight, (self.n, self.n))

    def construct(self, x, edge_index, edge_weight):
        if self.use_sparse:
            adj = self.to_adj(edge_index, edge_weight)
            out = ops.SparseTensorDenseMatmul()(adj.indices, adj.values, adj.shape, x)
        else:
            out = ops.unsorted_segment_sum(x[edge_index[1]] * edge_weight[:, None], edge_index[0], self.n)
        return (1 - self.alpha) * out + self.alpha * x


class APPNP(nn.Cell):
    def __init__(self, config, k=3):
        super().__init__()
        self.lin = nn.Dense(config.hidden, config.hidden)
        self.props = nn.CellList([SparsePropagation(config) for _ in range(k)])

    def construct(self, x, edge_index, edge_weight):
        h = self.lin(x)
        for prop in self.props:
            h = prop(h, edge_index, edge_weight)
        return h


def make():
    np.random.seed(3444)
    n, e = 12, 20
    pairs = np.random.choice(n * n, e, replace=False)
    pairs.sort()
    ei = np.stack([pairs // n, pairs % n]).astype(np.int32)
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    w = Tensor(np.random.rand(e).astype(np.float32))
    return APPNP(PropConfig()), (x, Tensor(ei), w)
