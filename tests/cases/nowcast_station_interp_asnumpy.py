# case: interpolate gridded temperature to station locations by pulling indices to the host with asnumpy inside construct -> host round trip in graph, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationSampler(nn.Cell):
    def __init__(self, lat0=30.0, lon0=100.0, dlat=0.5, dlon=0.5):
        super().__init__()
        self.lat0 = lat0
        self.lon0 = lon0
        self.dlat = dlat
        self.dlon = dlon

    def construct(self, grid, station_latlon):
        rows = ((station_latlon[:, 0] - self.lat0) / self.dlat).asnumpy()
        cols = ((station_latlon[:, 1] - self.lon0) / self.dlon).asnumpy()
        r0 = np.floor(rows).astype(np.int32)
        c0 = np.floor(cols).astype(np.int32)
        wr = Tensor(rows - r0, ms.float32)
        wc = Tensor(cols - c0, ms.float32)
        v00 = grid[Tensor(r0), Tensor(c0)]
        v01 = grid[Tensor(r0), Tensor(c0 + 1)]
        v10 = grid[Tensor(r0 + 1), Tensor(c0)]
        v11 = grid[Tensor(r0 + 1), Tensor(c0 + 1)]
        top = v00 * (1 - wc) + v01 * wc
        bot = v10 * (1 - wc) + v11 * wc
        return top * (1 - wr) + bot * wr


def make():
    np.random.seed(4)
    grid = Tensor(np.random.uniform(270, 300, (10, 10)).astype(np.float32))
    stations = Tensor(np.array([[31.2, 101.3], [32.7, 103.1], [30.4, 100.9]], np.float32))
    return StationSampler(), (grid, stations)
