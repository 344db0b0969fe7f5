# case: cross-channel mixing for multivariate series through a sparse COO adjacency of sensors, built from edge lists in __init__ and applied with a sparse matmul in construct -> COOTensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphConfig:
    def __init__(self, n_nodes=6, d_in=12, d_out=8, self_loops=True):
        self.n_nodes, self.d_in, self.d_out, self.self_loops = n_nodes, d_in, d_out, self_loops


def ring_edges(n, self_loops):
    src = list(range(n)) + [(i + 1) % n for i in range(n)]
    dst = [(i + 1) % n for i in range(n)] + list(range(n))
    if self_loops:
        src += list(range(n))
        dst += list(range(n))
    return np.stack([np.array(src), np.array(dst)], axis=1).astype(np.int32)


class SparseChannelMixer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n = config.n_nodes
        edges = ring_edges(config.n_nodes, config.self_loops)
        self.indices = Tensor(edges)
        deg = np.bincount(edges[:, 0], minlength=config.n_nodes).astype(np.float32)
        self.values = Tensor(1.0 / deg[edges[:, 0]])
        self.d_in = config.d_in
        self.spmm = ops.SparseTensorDenseMatmul()
        self.proj = nn.Dense(config.d_in, config.d_out)

    def construct(self, x):
        # x: [n_nodes, batch * d_in] -> neighbourhood average per node
        adj = ms.COOTensor(self.indices, self.values, (self.n, self.n))
        mixed = self.spmm(adj.indices, adj.values, adj.shape, x)
        return self.proj(mixed.reshape(self.n, -1, self.d_in))


def make():
    np.random.seed(3444)
    x = Tensor(np.random.randn(6, 2 * 12).astype(np.float32))
    return SparseChannelMixer(GraphConfig()), (x,)
