# case: arc length of each lane in BEV from cumulative sums of segment lengths, with invalid points masked to zero-length segments -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneArcLength(nn.Cell):
    def __init__(self, meters_per_cell=0.5):
        super().__init__()
        self.meters_per_cell = meters_per_cell

    def construct(self, bev_pts, valid):
        # bev_pts: (L, N, 2), valid: (L, N) bool
        seg = bev_pts[:, 1:] - bev_pts[:, :-1]
        seg_len = ops.sqrt((seg ** 2).sum(-1) + 1e-8)
        seg_valid = ops.logical_and(valid[:, 1:], valid[:, :-1]).astype(ms.float32)
        cum = ops.cumsum(seg_len * seg_valid, axis=1) * self.meters_per_cell
        total = cum[:, -1]
        return cum, total


def make():
    np.random.seed(38)
    pts = Tensor(np.cumsum(np.random.rand(3, 9, 2), axis=1).astype(np.float32))
    valid = Tensor(np.random.rand(3, 9) > 0.2)
    return LaneArcLength(), (pts, valid)
