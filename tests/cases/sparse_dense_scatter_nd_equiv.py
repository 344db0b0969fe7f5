# case: dense equivalent of building a sparse adjacency: ops.scatter_nd with fixed-size index and value tensors and a constant shape, then matmul; static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseAdjacency(nn.Cell):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def construct(self, edges, weights, feats):
        adj = ops.scatter_nd(edges, weights, (self.n, self.n))
        deg = adj.sum(axis=1, keepdims=True) + 1.0
        return ops.matmul(adj / deg, feats)


def make():
    edges = Tensor(np.array([[0, 1], [1, 2], [2, 0]], np.int32))
    weights = Tensor(np.array([1.0, 0.5, 2.0], np.float32))
    feats = Tensor(np.random.randn(3, 4).astype(np.float32))
    return DenseAdjacency(3), (edges, weights, feats)
