# case: delivery route graph encoder scatters inverse leg minutes into a dense stop-by-stop adjacency with tensor_scatter_update and aggregates over two layers -> dense fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StopGraphEncoder(nn.Cell):
    def __init__(self, n_stops=8, dim=16, n_layers=2):
        super().__init__()
        self.n_stops = n_stops
        self.layers = nn.CellList([nn.Dense(dim, dim) for _ in range(n_layers)])

    def build_adj(self, leg_index, leg_minutes):
        zeros = ops.zeros((self.n_stops, self.n_stops), ms.float32)
        return ops.tensor_scatter_update(zeros, leg_index, 1.0 / leg_minutes)

    def construct(self, stop_feats, leg_index, leg_minutes):
        adj = self.build_adj(leg_index, leg_minutes)
        h = stop_feats
        for layer in self.layers:
            h = ops.relu(layer(ops.matmul(adj, h) + h))
        return h


def make():
    np.random.seed(62)
    feats = Tensor(np.random.randn(8, 16).astype(np.float32))
    src = np.arange(7)
    idx = Tensor(np.stack([src, src + 1], axis=1).astype(np.int32))
    minutes = Tensor((np.random.rand(7) * 10 + 2).astype(np.float32))
    return StopGraphEncoder(), (feats, idx, minutes)
