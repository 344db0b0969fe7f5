# case: smooth avalanche-risk scores over a sparse graph of neighbouring weather stations built as ms.COOTensor inside construct -> sparse tensor in Graph mode, expected error or unsupported
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationGraphSmoother(nn.Cell):
    def __init__(self, n_stations=6, n_feat=4):
        super().__init__()
        self.n_stations = n_stations
        self.proj = nn.Dense(n_feat, 1)

    def construct(self, edge_index, edge_weight, station_feat):
        adj = ms.COOTensor(edge_index, edge_weight, (self.n_stations, self.n_stations))
        risk = self.proj(station_feat)
        neighbour = ops.matmul(adj.to_dense(), risk)
        return ops.sigmoid(0.5 * risk + 0.5 * neighbour)


def make():
    np.random.seed(71)
    edges = np.array([[0, 1], [1, 0], [1, 2], [2, 1], [3, 4], [4, 5], [5, 3]], np.int32)
    weights = np.random.uniform(0.2, 1.0, (7,)).astype(np.float32)
    feat = np.random.randn(6, 4).astype(np.float32)
    return StationGraphSmoother(), (Tensor(edges), Tensor(weights), Tensor(feat))
