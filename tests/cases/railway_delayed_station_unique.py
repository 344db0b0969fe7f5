# case: station ids of delayed trains deduplicated with ops.unique to count affected stations -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AffectedStations(nn.Cell):
    def __init__(self, n_stations=12):
        super().__init__()
        self.n_stations = n_stations

    def construct(self, station_ids, delays):
        delayed = ops.where(delays > 3.0, station_ids, ops.zeros_like(station_ids))
        uniq, _ = ops.unique(delayed)
        n_affected = uniq.shape[0] - 1
        return uniq, n_affected


def make():
    np.random.seed(4)
    ids = Tensor(np.random.randint(1, 12, size=30).astype(np.int32))
    delays = Tensor(np.random.uniform(0, 8, size=30).astype(np.float32))
    return AffectedStations(), (ids, delays)
