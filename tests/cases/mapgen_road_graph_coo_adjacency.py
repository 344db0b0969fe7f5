# case: road network GNN layer builds a COOTensor adjacency from edge indices and aggregates node features with SparseTensorDenseMatmul -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class RoadGraphConv(nn.Cell):
    def __init__(self, num_nodes=10, in_dim=4, out_dim=6):
        super().__init__()
        self.num_nodes = num_nodes
        self.lin = nn.Dense(in_dim, out_dim)
        self.spmm = ops.SparseTensorDenseMatmul()

    def construct(self, edge_index, edge_weight, node_feats):
        adj = COOTensor(edge_index, edge_weight, (self.num_nodes, self.num_nodes))
        h = self.lin(node_feats)
        agg = self.spmm(adj.indices, adj.values, adj.shape, h)
        return ops.relu(agg + h)


def make():
    np.random.seed(13)
    src = np.arange(9)
    dst = src + 1
    edges = np.stack([np.concatenate([src, dst]), np.concatenate([dst, src])], axis=1).astype(np.int32)
    w = np.random.uniform(0.5, 1.5, size=(edges.shape[0],)).astype(np.float32)
    feats = np.random.randn(10, 4).astype(np.float32)
    return RoadGraphConv(), (Tensor(edges), Tensor(w), Tensor(feats))
