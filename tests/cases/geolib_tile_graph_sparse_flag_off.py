# case: tile-graph layer has a sparse COO adjacency path behind config.use_sparse_adjacency, but the default config keeps the dense path -> sparse branch not taken, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileGraphConfig:
    def __init__(self, dim=16, self_loops=True, use_sparse_adjacency=False):
        self.dim = dim
        self.self_loops = self_loops
        self.use_sparse_adjacency = use_sparse_adjacency


class TileGraphLayer(nn.Cell):
    def __init__(self, config, num_tiles):
        super().__init__()
        self.proj = nn.Dense(config.dim, config.dim)
        self.num_tiles = num_tiles
        self.self_loops = config.self_loops
        self.use_sparse = config.use_sparse_adjacency

    def _aggregate(self, tile_emb, adj_dense):
        if self.use_sparse:
            idx = ops.nonzero(adj_dense)
            adj = ms.COOTensor(idx, adj_dense[idx[:, 0], idx[:, 1]], (self.num_tiles, self.num_tiles))
            return adj.to_dense().matmul(tile_emb)
        deg = ops.maximum(adj_dense.sum(axis=1, keepdims=True), 1.0)
        return ops.matmul(adj_dense / deg, tile_emb)

    def construct(self, tile_emb, adj_dense):
        agg = self._aggregate(tile_emb, adj_dense)
        if self.self_loops:
            agg = agg + tile_emb
        return ops.relu(self.proj(agg))


def make():
    np.random.seed(3386)
    n = 9
    adj = np.zeros((n, n), np.float32)
    for i in range(n):
        if i % 3 < 2:
            adj[i, i + 1] = adj[i + 1, i] = 1.0
        if i < 6:
            adj[i, i + 3] = adj[i + 3, i] = 1.0
    emb = Tensor(np.random.rand(n, 16).astype(np.float32))
    return TileGraphLayer(TileGraphConfig(), n), (emb, Tensor(adj))
