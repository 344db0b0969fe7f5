# case: deduplicates station ids reporting in a telemetry batch with ops.unique and counts distinct stations -> unique produces dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TelemetryCoverage(nn.Cell):
    """Fraction of the gauge network that reported in the latest telemetry batch."""

    def __init__(self, n_stations=20):
        super().__init__()
        self.n_stations = n_stations

    def construct(self, station_ids, levels):
        reporting, inverse = ops.unique(station_ids)
        coverage = reporting.shape[0] / self.n_stations
        per_station = ops.unsorted_segment_max(levels, inverse, reporting.shape[0])
        return per_station, coverage


def make():
    np.random.seed(6)
    ids = np.random.randint(0, 20, size=(32,)).astype(np.int32)
    levels = np.random.uniform(0.2, 5.0, size=(32,)).astype(np.float32)
    return TelemetryCoverage(), (Tensor(ids), Tensor(levels))
