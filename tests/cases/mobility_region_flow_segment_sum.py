# case: per-region inflow totals via unsorted_segment_sum with num_segments fixed by the region config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionAssigner(nn.Cell):
    def __init__(self, n_side=4, extent_m=2000.0):
        super().__init__()
        self.n_side = n_side
        self.cell = extent_m / n_side

    def construct(self, xy):
        rc = ops.clamp(ops.floor(xy / self.cell).astype(ms.int32), 0, self.n_side - 1)
        return rc[:, 0] * self.n_side + rc[:, 1]


class RegionFlowNet(nn.Cell):
    """Crowd-flow style region inflow from trip end points weighted by passengers."""

    def __init__(self, n_side=4, hidden=8):
        super().__init__()
        self.assign = RegionAssigner(n_side)
        self.num_regions = n_side * n_side
        self.mlp = nn.SequentialCell([nn.Dense(1, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, dest_xy, passengers):
        region = self.assign(dest_xy)
        inflow = ops.unsorted_segment_sum(passengers, region, self.num_regions)
        trips = ops.unsorted_segment_sum(ops.ones_like(passengers), region, self.num_regions)
        pred = self.mlp(ops.expand_dims(inflow / ops.clamp(trips, min=1.0), -1))
        return pred.squeeze(-1), inflow


def make():
    np.random.seed(32)
    xy = (np.random.rand(15, 2) * 2000).astype(np.float32)
    pax = np.random.randint(1, 4, size=15).astype(np.float32)
    return RegionFlowNet(), (Tensor(xy), Tensor(pax))
