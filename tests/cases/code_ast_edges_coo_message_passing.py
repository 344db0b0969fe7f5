# case: AST graph layer builds a COO adjacency from parent/child edge lists in construct and aggregates with sparse matmul -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ASTGraphLayer(nn.Cell):
    """One round of mean message passing over AST edges (both directions)."""

    def __init__(self, dim=8, self_loop=True):
        super().__init__()
        self.self_loop = self_loop
        self.msg = nn.Dense(dim, dim)
        self.update = nn.Dense(2 * dim, dim, activation="relu")
        self.spmm = ops.SparseTensorDenseMatmul()

    def _adjacency(self, edges, num_nodes):
        rev = ops.stack((edges[:, 1], edges[:, 0]), axis=1)
        idx = ops.concat((edges, rev), axis=0)
        vals = ops.ones((idx.shape[0],), ms.float32)
        return ms.COOTensor(idx, vals, (num_nodes, num_nodes))

    def construct(self, h, edges):
        n = h.shape[0]
        adj = self._adjacency(edges, n)
        agg = self.spmm(adj.indices, adj.values, adj.shape, self.msg(h))
        deg = self.spmm(adj.indices, adj.values, adj.shape, ops.ones((n, 1), ms.float32))
        agg = agg / ops.maximum(deg, 1.0)
        if self.self_loop:
            agg = agg + h
        return self.update(ops.concat((h, agg), axis=1))


def make():
    np.random.seed(0)
    h = Tensor(np.random.randn(6, 8).astype(np.float32))
    edges = Tensor(np.array([[0, 1], [0, 2], [1, 3], [1, 4], [2, 5]], np.int32))
    return ASTGraphLayer(), (h, edges)
