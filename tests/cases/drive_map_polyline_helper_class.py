# case: map encoder wraps each lane polyline in a plain Python helper class built from tensors inside construct -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LanePolyline:
    """Small container used by the preprocessing code as well."""

    def __init__(self, points, valid):
        self.points = points
        self.valid = valid

    def segment_lengths(self):
        d = self.points[:, 1:] - self.points[:, :-1]
        return ops.norm(d, dim=-1) * self.valid[:, 1:]

    def heading(self):
        d = self.points[:, 1:] - self.points[:, :-1]
        return ops.atan2(d[..., 1], d[..., 0])


class MapEncoder(nn.Cell):
    def __init__(self, num_points=10, hidden=16):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(3, hidden), nn.ReLU(), nn.Dense(hidden, hidden)])

    def construct(self, lane_pts, lane_valid):
        lane = LanePolyline(lane_pts, lane_valid)
        seg = lane.segment_lengths()
        head = lane.heading()
        mid = (lane_pts[:, 1:] + lane_pts[:, :-1]) * 0.5
        x = ops.concat([mid[..., :1], seg.expand_dims(-1), head.expand_dims(-1)], axis=-1)
        return self.mlp(x).max(axis=1)


def make():
    np.random.seed(6)
    pts = np.cumsum(np.random.randn(5, 10, 2).astype(np.float32), axis=1)
    valid = (np.random.rand(5, 10) > 0.2).astype(np.float32)
    return MapEncoder(), (Tensor(pts), Tensor(valid))
