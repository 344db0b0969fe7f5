# case: bilinear interpolation of a gridded field to stations whose grid indices and weights are precomputed in NumPy in __init__ -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationInterpolator(nn.Cell):
    def __init__(self, station_latlon, lat0=30.0, lon0=100.0, dlat=0.5, dlon=0.5, n_lon=10):
        super().__init__()
        rows = (station_latlon[:, 0] - lat0) / dlat
        cols = (station_latlon[:, 1] - lon0) / dlon
        r0 = np.floor(rows).astype(np.int32)
        c0 = np.floor(cols).astype(np.int32)
        self.wr = Tensor((rows - r0).astype(np.float32))
        self.wc = Tensor((cols - c0).astype(np.float32))
        self.i00 = Tensor(r0 * n_lon + c0)
        self.i01 = Tensor(r0 * n_lon + c0 + 1)
        self.i10 = Tensor((r0 + 1) * n_lon + c0)
        self.i11 = Tensor((r0 + 1) * n_lon + c0 + 1)

    def construct(self, grid):
        flat = grid.reshape(-1)
        v00 = ops.gather(flat, self.i00, 0)
        v01 = ops.gather(flat, self.i01, 0)
        v10 = ops.gather(flat, self.i10, 0)
        v11 = ops.gather(flat, self.i11, 0)
        top = v00 * (1 - self.wc) + v01 * self.wc
        bot = v10 * (1 - self.wc) + v11 * self.wc
        return top * (1 - self.wr) + bot * self.wr


def make():
    np.random.seed(104)
    stations = np.array([[31.2, 101.3], [32.7, 103.1], [30.4, 100.9]], np.float64)
    grid = Tensor(np.random.uniform(270, 300, (10, 10)).astype(np.float32))
    return StationInterpolator(stations), (grid,)
