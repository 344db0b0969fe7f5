# case: builds a COOTensor inside construct from index/value tensors and converts it with .to_dense() before a matmul; this compiles statically on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class AdjacencyFromEdges(nn.Cell):
    def __init__(self, num_nodes):
        super().__init__()
        self.shape = (num_nodes, num_nodes)

    def construct(self, edges, weights, feats):
        adj = COOTensor(edges, weights, self.shape)
        dense = adj.to_dense()
        return ops.matmul(dense, feats)


def make():
    edges = Tensor(np.array([[0, 1], [1, 2], [2, 0]], np.int32))
    weights = Tensor(np.array([1.0, 0.5, 2.0], np.float32))
    feats = Tensor(np.random.randn(3, 4).astype(np.float32))
    return AdjacencyFromEdges(3), (edges, weights, feats)
