# case: affected stations counted with one-hot and max over trains instead of unique -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AffectedStations(nn.Cell):
    def __init__(self, n_stations=12, late_minutes=3.0):
        super().__init__()
        self.n_stations = n_stations
        self.late_minutes = late_minutes
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, station_ids, delays):
        onehot = ops.one_hot(station_ids, self.n_stations, self.on, self.off)
        late = (delays > self.late_minutes).astype(ms.float32).expand_dims(1)
        affected = (onehot * late).max(axis=0)
        return affected, affected.sum()


def make():
    np.random.seed(4)
    ids = Tensor(np.random.randint(1, 12, size=30).astype(np.int32))
    delays = Tensor(np.random.uniform(0, 8, size=30).astype(np.float32))
    return AffectedStations(), (ids, delays)
