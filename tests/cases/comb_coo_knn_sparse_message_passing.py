# case: sparse kNN-graph encoder for large TSP that builds a COOTensor adjacency and aggregates neighbour embeddings with a sparse matmul -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseGraphEncoder(nn.Cell):
    def __init__(self, embed_dim=8, k=3, n_layers=2):
        super().__init__()
        self.k = k
        self.inp = nn.Dense(2, embed_dim)
        self.layers = nn.CellList([nn.Dense(embed_dim, embed_dim) for _ in range(n_layers)])
        self.spmm = ops.SparseTensorDenseMatmul()

    def knn_edges(self, coords):
        n = coords.shape[0]
        d = ((coords.expand_dims(1) - coords.expand_dims(0)) ** 2).sum(-1)
        d = d + ops.eye(n, n, ms.float32) * 1e6
        _, nbr = ops.topk(-d, self.k)
        rows = ops.arange(n).astype(ms.int32).view(-1, 1).broadcast_to((n, self.k)).reshape(-1)
        cols = nbr.astype(ms.int32).reshape(-1)
        w = ops.exp(-ops.gather_elements(d, 1, nbr)).reshape(-1)
        return ops.stack([rows, cols], 1), w

    def construct(self, coords):
        n = coords.shape[0]
        idx, w = self.knn_edges(coords)
        adj = COOTensor(idx, w, (n, n))
        h = self.inp(coords)
        for layer in self.layers:
            agg = self.spmm(adj.indices, adj.values, adj.shape, h)
            h = ops.relu(layer(agg) + h)
        return h


def make():
    np.random.seed(13)
    coords = Tensor(np.random.rand(7, 2).astype(np.float32))
    return SparseGraphEncoder(), (coords,)
