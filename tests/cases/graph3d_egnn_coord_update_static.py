# case: E(n)-equivariant EGNN layer updating features and coordinates with mean aggregation -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EGNNLayer(nn.Cell):
    def __init__(self, hidden=16, coords_agg="mean", tanh=False, coord_range=1.0):
        super().__init__()
        self.coords_agg = coords_agg
        self.tanh = tanh
        self.coord_range = coord_range
        self.edge_mlp = nn.SequentialCell([nn.Dense(2 * hidden + 1, hidden), nn.SiLU(), nn.Dense(hidden, hidden), nn.SiLU()])
        self.node_mlp = nn.SequentialCell([nn.Dense(2 * hidden, hidden), nn.SiLU(), nn.Dense(hidden, hidden)])
        self.coord_mlp = nn.SequentialCell([nn.Dense(hidden, hidden), nn.SiLU(), nn.Dense(hidden, 1, has_bias=False)])

    def coord_update(self, pos, diff, m, dst):
        s = self.coord_mlp(m)
        if self.tanh:
            s = ops.tanh(s) * self.coord_range
        trans = diff * s
        agg = ops.unsorted_segment_sum(trans, dst, pos.shape[0])
        if self.coords_agg == "mean":
            cnt = ops.unsorted_segment_sum(ops.ones_like(s), dst, pos.shape[0])
            agg = agg / ops.clamp(cnt, min=1.0)
        return pos + agg

    def construct(self, h, pos, edge_index):
        src, dst = edge_index[0], edge_index[1]
        diff = ops.gather(pos, dst, 0) - ops.gather(pos, src, 0)
        radial = (diff ** 2).sum(-1, keepdims=True)
        m = self.edge_mlp(ops.concat([ops.gather(h, dst, 0), ops.gather(h, src, 0), radial], axis=-1))
        pos = self.coord_update(pos, diff, m, dst)
        agg = ops.unsorted_segment_sum(m, dst, h.shape[0])
        h = h + self.node_mlp(ops.concat([h, agg], axis=-1))
        return h, pos


def make():
    np.random.seed(25)
    h = Tensor(np.random.randn(10, 16).astype(np.float32))
    pos = Tensor(np.random.randn(10, 3).astype(np.float32))
    ei = Tensor(np.random.randint(0, 10, size=(2, 30)).astype(np.int32))
    return EGNNLayer(), (h, pos, ei)
