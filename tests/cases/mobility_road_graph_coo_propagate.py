# case: road-segment GCN builds a COOTensor adjacency from edge lists inside construct -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class RoadGraphConv(nn.Cell):
    def __init__(self, in_dim=4, out_dim=8, n_segments=6):
        super().__init__()
        self.lin = nn.Dense(in_dim, out_dim)
        self.n_segments = n_segments

    def adjacency(self, edge_index, edge_weight):
        shape = (self.n_segments, self.n_segments)
        return COOTensor(edge_index, edge_weight, shape)

    def construct(self, x, edge_index, edge_weight):
        adj = self.adjacency(edge_index, edge_weight)
        h = self.lin(x)
        agg = ops.matmul(adj.to_dense(), h)
        return ops.relu(agg + h)


class RoadSpeedRegressor(nn.Cell):
    """Predicts segment speeds from static segment features over the road graph."""

    def __init__(self, n_segments=6):
        super().__init__()
        self.conv = RoadGraphConv(4, 8, n_segments)
        self.head = nn.Dense(8, 1)

    def construct(self, x, edge_index, edge_weight):
        return self.head(self.conv(x, edge_index, edge_weight)).squeeze(-1)


def make():
    np.random.seed(12)
    x = np.random.rand(6, 4).astype(np.float32)
    src = np.array([0, 1, 2, 3, 4, 5, 1, 3], dtype=np.int32)
    dst = np.array([1, 2, 3, 4, 5, 0, 4, 0], dtype=np.int32)
    edge_index = np.stack([src, dst], axis=1)
    w = np.ones(8, dtype=np.float32) * 0.5
    return RoadSpeedRegressor(), (Tensor(x), Tensor(edge_index), Tensor(w))
