# case: smooth avalanche-risk scores over neighbouring stations with a dense adjacency matrix scattered from an edge list -> dense ops with fixed shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationGraphSmootherDense(nn.Cell):
    def __init__(self, n_stations=6, n_feat=4, self_weight=0.5):
        super().__init__()
        self.n_stations = n_stations
        self.self_weight = self_weight
        self.proj = nn.Dense(n_feat, 1)

    def adjacency(self, edge_index, edge_weight):
        zeros = ops.zeros((self.n_stations, self.n_stations), ms.float32)
        return ops.tensor_scatter_add(zeros, edge_index, edge_weight)

    def construct(self, edge_index, edge_weight, station_feat):
        adj = self.adjacency(edge_index, edge_weight)
        risk = self.proj(station_feat)
        neighbour = ops.matmul(adj, risk)
        w = self.self_weight
        return ops.sigmoid(w * risk + (1.0 - w) * neighbour)


def make():
    np.random.seed(72)
    edges = np.array([[0, 1], [1, 0], [1, 2], [2, 1], [3, 4], [4, 5], [5, 3]], np.int32)
    weights = np.random.uniform(0.2, 1.0, (7,)).astype(np.float32)
    feat = np.random.randn(6, 4).astype(np.float32)
    return StationGraphSmootherDense(), (Tensor(edges), Tensor(weights), Tensor(feat))
