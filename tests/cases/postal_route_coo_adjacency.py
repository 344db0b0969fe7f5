# case: delivery route graph encoder builds a COOTensor adjacency of stop-to-stop legs inside construct and densifies it to aggregate stop features -> sparse tensor in construct, may be unsupported or rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StopGraphLayer(nn.Cell):
    def __init__(self, n_stops=8, dim=16):
        super().__init__()
        self.n_stops = n_stops
        self.lin = nn.Dense(dim, dim)

    def construct(self, stop_feats, leg_index, leg_minutes):
        adj = ms.COOTensor(leg_index, 1.0 / leg_minutes, (self.n_stops, self.n_stops))
        dense_adj = adj.to_dense()
        agg = ops.matmul(dense_adj, stop_feats) + stop_feats
        return ops.relu(self.lin(agg))


def make():
    np.random.seed(61)
    feats = Tensor(np.random.randn(8, 16).astype(np.float32))
    src = np.arange(7)
    idx = Tensor(np.stack([src, src + 1], axis=1).astype(np.int32))
    minutes = Tensor((np.random.rand(7) * 10 + 2).astype(np.float32))
    return StopGraphLayer(), (feats, idx, minutes)
