# case: routes sub-catchment runoff downstream with a COOTensor adjacency built in construct and a sparse-dense matmul -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseCatchmentRouter(nn.Cell):
    """One step of downstream routing on a catchment tree stored as a sparse matrix."""

    def __init__(self, n_nodes, edges, retention=0.2):
        super().__init__()
        self.n_nodes = n_nodes
        self.indices = Tensor(np.array(edges, dtype=np.int64))
        self.values = Tensor(np.ones(len(edges), dtype=np.float32) * (1.0 - retention))
        self.retention = retention
        self.spmm = ops.SparseTensorDenseMatmul()

    def construct(self, runoff):
        adj = COOTensor(self.indices, self.values, (self.n_nodes, self.n_nodes))
        routed = self.spmm(adj.indices, adj.values, adj.shape, runoff.expand_dims(1)).squeeze(1)
        return routed + runoff * self.retention


def make():
    np.random.seed(23)
    edges = [[1, 0], [2, 0], [3, 1], [4, 1], [5, 2]]
    runoff = np.random.uniform(0.5, 6.0, size=(6,)).astype(np.float32)
    return SparseCatchmentRouter(6, edges), (Tensor(runoff),)
