# case: counts which stations reported using a one-hot matrix of fixed width n_stations and segment max with a constant segment count -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TelemetryCoverageStatic(nn.Cell):
    def __init__(self, n_stations=20):
        super().__init__()
        self.n_stations = n_stations
        self.on_value = Tensor(1.0, ms.float32)
        self.off_value = Tensor(0.0, ms.float32)

    def construct(self, station_ids, levels):
        onehot = ops.one_hot(station_ids, self.n_stations, self.on_value, self.off_value)
        reported = (onehot.sum(axis=0) > 0).astype(ms.float32)
        coverage = reported.mean()
        per_station = ops.unsorted_segment_max(levels, station_ids, self.n_stations)
        per_station = per_station * reported
        return per_station, coverage


def make():
    np.random.seed(7)
    ids = np.random.randint(0, 20, size=(32,)).astype(np.int32)
    levels = np.random.uniform(0.2, 5.0, size=(32,)).astype(np.float32)
    return TelemetryCoverageStatic(), (Tensor(ids), Tensor(levels))
