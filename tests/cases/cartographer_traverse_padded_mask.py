# case: sum leg lengths of a padded survey traverse with a validity mask built from arange < n_legs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def leg_lengths(stations):
    d = stations[1:] - stations[:-1]
    return ops.sqrt((d * d).sum(-1))


class TraverseLength(nn.Cell):
    def __init__(self, max_stations=20):
        super().__init__()
        self.max_legs = max_stations - 1

    def construct(self, stations, n_stations):
        legs = leg_lengths(stations)
        idx = ops.arange(self.max_legs)
        valid = (idx < (n_stations - 1)).astype(legs.dtype)
        total = (legs * valid).sum()
        longest = (legs * valid).max()
        return total, longest


def make():
    np.random.seed(22)
    pts = np.cumsum(np.random.randn(20, 2).astype(np.float32) * 30.0, axis=0)
    return TraverseLength(), (Tensor(pts), Tensor(13, ms.int32))
