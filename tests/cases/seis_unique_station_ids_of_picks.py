# case: count how many distinct stations contributed picks by running ops.unique on the station id of each pick -> unique has a data-dependent output size, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AssociationStats(nn.Cell):
    """Simple statistics used before phase association."""

    def __init__(self, min_stations=4):
        super().__init__()
        self.min_stations = min_stations

    def construct(self, pick_station_ids, pick_times):
        stations, _ = ops.unique(pick_station_ids)
        n_stations = stations.shape[0]
        spread = pick_times.max() - pick_times.min()
        enough = ops.scalar_to_tensor(n_stations, ms.int32) >= self.min_stations
        return stations, spread, enough


def make():
    np.random.seed(3)
    ids = np.random.randint(0, 6, size=(15,)).astype(np.int32)
    times = np.sort(np.random.rand(15) * 20).astype(np.float32)
    return AssociationStats(), (Tensor(ids), Tensor(times))
