# case: schema graph encoder stores foreign-key edges between columns as a COOTensor and does one round of sparse message passing -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SchemaGraphLayer(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.msg = nn.Dense(hidden, hidden, has_bias=False)
        self.self_loop = nn.Dense(hidden, hidden)

    def construct(self, node_vecs, edge_index, edge_weight):
        n = node_vecs.shape[0]
        adj = COOTensor(edge_index, edge_weight, (n, n))
        messages = self.msg(node_vecs)
        agg = ops.matmul(adj.to_dense(), messages)
        return ops.relu(agg + self.self_loop(node_vecs))


def make():
    np.random.seed(21)
    nodes = Tensor(np.random.randn(6, 8).astype(np.float32))
    edges = Tensor(np.array([[0, 3], [3, 0], [1, 4], [4, 1], [2, 5]], dtype=np.int32))
    w = Tensor(np.ones(5, dtype=np.float32))
    return SchemaGraphLayer(), (nodes, edges, w)
