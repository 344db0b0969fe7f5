# case: feeder load aggregation propagates downstream loads up the radial network using a CSRTensor incidence matrix times a dense vector -> sparse CSR ops in graph, expected error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadialAggregator(nn.Cell):
    def __init__(self, indptr, indices, n_nodes, n_levels=3):
        super().__init__()
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.n_nodes = n_nodes
        self.n_levels = n_levels

    def construct(self, node_load_kw):
        vals = ops.ones(self.indices.shape, ms.float32)
        adj = ms.CSRTensor(self.indptr, self.indices, vals, (self.n_nodes, self.n_nodes))
        total = node_load_kw
        x = node_load_kw.reshape(-1, 1)
        for _ in range(self.n_levels):
            x = adj.mv(x)
            total = total + x.reshape(-1)
        return total


def make():
    np.random.seed(91)
    # node i feeds children listed in indices[indptr[i]:indptr[i+1]]
    indptr = np.array([0, 2, 4, 5, 5, 5, 5], np.int32)
    indices = np.array([1, 2, 3, 4, 5], np.int32)
    load = (np.random.rand(6) * 300).astype(np.float32)
    return RadialAggregator(indptr, indices, 6), (Tensor(load),)
