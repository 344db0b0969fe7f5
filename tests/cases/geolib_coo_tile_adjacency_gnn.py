# case: tile-graph layer aggregates neighbour embeddings through a COOTensor adjacency built in construct from edge indices -> sparse tensor in Graph mode on CPU, expected trouble
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileGraphConfig:
    def __init__(self, dim=16, self_loops=True, normalise=True):
        self.dim = dim
        self.self_loops = self_loops
        self.normalise = normalise


class TileGraphLayer(nn.Cell):
    def __init__(self, config, num_tiles):
        super().__init__()
        self.proj = nn.Dense(config.dim, config.dim)
        self.num_tiles = num_tiles
        self.self_loops = config.self_loops
        self.normalise = config.normalise

    def _adjacency(self, edges, weights):
        return ms.COOTensor(edges, weights, (self.num_tiles, self.num_tiles))

    def construct(self, tile_emb, edges, weights):
        adj = self._adjacency(edges, weights)
        dense = adj.to_dense()
        if self.normalise:
            dense = dense / ops.maximum(dense.sum(axis=1, keepdims=True), 1e-6)
        agg = ops.matmul(dense, tile_emb)
        if self.self_loops:
            agg = agg + tile_emb
        return ops.relu(self.proj(agg))


def make():
    np.random.seed(3384)
    n = 9
    rows, cols = [], []
    for r in range(3):
        for c in range(3):
            i = r * 3 + c
            if c < 2:
                rows += [i, i + 1]; cols += [i + 1, i]
            if r < 2:
                rows += [i, i + 3]; cols += [i + 3, i]
    edges = Tensor(np.stack([rows, cols], axis=1).astype(np.int32))
    weights = Tensor(np.full(len(rows), 0.25, np.float32))
    emb = Tensor(np.random.rand(n, 16).astype(np.float32))
    return TileGraphLayer(TileGraphConfig(), n), (emb, edges, weights)
