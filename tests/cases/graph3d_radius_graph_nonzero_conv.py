# case: radius graph from coordinates via ops.nonzero, then message passing -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadiusGraphConv(nn.Cell):
    def __init__(self, in_dim=8, out_dim=16, radius=0.6, loop=False):
        super().__init__()
        self.radius = radius
        self.loop = loop
        self.lin = nn.Dense(in_dim, out_dim)

    def build_edges(self, pos):
        dist = ops.cdist(pos, pos)
        adj = dist < self.radius
        if not self.loop:
            adj = ops.logical_and(adj, ops.logical_not(ops.eye(pos.shape[0], pos.shape[0], ms.bool_)))
        edge_index = ops.nonzero(adj).T
        return edge_index

    def construct(self, x, pos):
        edge_index = self.build_edges(pos)
        src, dst = edge_index[0], edge_index[1]
        msg = ops.gather(self.lin(x), src, 0)
        out = ops.unsorted_segment_sum(msg, dst, x.shape[0])
        return ops.relu(out)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(12, 8).astype(np.float32))
    pos = Tensor(np.random.rand(12, 3).astype(np.float32))
    return RadiusGraphConv(), (x, pos)
