# case: graph conv layer builds a COOTensor adjacency from edge inputs when sparse_adj is on -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class GCNConfig:
    in_dim: int = 4
    out_dim: int = 6
    num_nodes: int = 5
    sparse_adj: bool = True


class GraphConv(nn.Cell):
    def __init__(self, cfg: GCNConfig = GCNConfig()):
        super().__init__()
        self.linear = nn.Dense(cfg.in_dim, cfg.out_dim, has_bias=False)
        self.num_nodes = cfg.num_nodes
        self.sparse_adj = cfg.sparse_adj

    def _aggregate(self, edge_index, edge_weight, h):
        shape = (self.num_nodes, self.num_nodes)
        if self.sparse_adj:
            adj = ms.COOTensor(edge_index, edge_weight, shape)
            return adj.to_dense() @ h
        dense = ops.zeros(shape, h.dtype)
        dense = ops.tensor_scatter_update(dense, edge_index, edge_weight)
        return dense @ h

    def construct(self, x, edge_index, edge_weight):
        h = self.linear(x)
        return ops.relu(self._aggregate(edge_index, edge_weight, h))


def make():
    np.random.seed(12)
    x = Tensor(np.random.randn(5, 4).astype(np.float32))
    edges = Tensor(np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 0]], dtype=np.int32))
    w = Tensor(np.ones(5, dtype=np.float32))
    return GraphConv(), (x, edges, w)
