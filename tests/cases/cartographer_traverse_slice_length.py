# case: sum leg lengths of a padded survey traverse by slicing to the recorded number of legs -> slice length from tensor value, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def leg_lengths(stations):
    d = stations[1:] - stations[:-1]
    return ops.sqrt((d * d).sum(-1))


class TraverseLength(nn.Cell):
    def __init__(self, max_stations=20):
        super().__init__()
        self.max_stations = max_stations

    def construct(self, stations, n_stations):
        legs = leg_lengths(stations)
        n_legs = n_stations - 1
        used = legs[:n_legs]
        return used.sum(), used.max()


def make():
    np.random.seed(21)
    pts = np.cumsum(np.random.randn(20, 2).astype(np.float32) * 30.0, axis=0)
    return TraverseLength(), (Tensor(pts), Tensor(13, ms.int32))
