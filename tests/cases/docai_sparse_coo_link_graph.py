# case: build a sparse COOTensor adjacency of key-value links inside construct and propagate node features through its dense form -> static, dynamic or error (sparse tensor in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class LinkGraphPropagation(nn.Cell):
    def __init__(self, num_nodes=6, dim=8):
        super().__init__()
        self.num_nodes = num_nodes
        self.fc = nn.Dense(dim, dim)

    def construct(self, link_indices, link_weights, node_feats):
        adj = COOTensor(link_indices, link_weights, (self.num_nodes, self.num_nodes))
        dense_adj = adj.to_dense()
        deg = dense_adj.sum(axis=1, keepdims=True) + 1.0
        msg = ops.matmul(dense_adj, node_feats) / deg
        return ops.relu(self.fc(node_feats + msg))


def make():
    np.random.seed(18)
    idx = Tensor(np.array([[0, 3], [1, 4], [2, 5], [3, 0]], dtype=np.int32))
    w = Tensor(np.random.rand(4).astype(np.float32))
    feats = Tensor(np.random.randn(6, 8).astype(np.float32))
    return LinkGraphPropagation(), (idx, w, feats)
