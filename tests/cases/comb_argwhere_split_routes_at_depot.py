# case: solution post-processor that locates depot returns with argwhere and measures the longest route between consecutive depot visits -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LongestRouteMetric(nn.Cell):
    def __init__(self, depot_index=0, norm_by_nodes=False):
        super().__init__()
        self.depot_index = depot_index
        self.norm_by_nodes = norm_by_nodes

    def cumulative_length(self, pts):
        seg = ops.norm(pts[1:] - pts[:-1], dim=-1)
        return ops.concat([ops.zeros((1,), ms.float32), ops.cumsum(seg, 0)])

    def depot_positions(self, seq):
        return ops.argwhere(seq == self.depot_index).reshape(-1)

    def construct(self, coords, seq):
        pts = ops.gather(coords, seq, 0)
        cum = self.cumulative_length(pts)
        pos = self.depot_positions(seq)
        route_len = ops.gather(cum, pos[1:], 0) - ops.gather(cum, pos[:-1], 0)
        if self.norm_by_nodes:
            route_len = route_len / (pos[1:] - pos[:-1]).astype(ms.float32)
        return route_len.max()


def make():
    np.random.seed(19)
    coords = Tensor(np.random.rand(7, 2).astype(np.float32))
    seq = Tensor(np.array([0, 3, 1, 0, 6, 0, 2, 5, 4, 0], np.int32))
    return LongestRouteMetric(), (coords, seq)
