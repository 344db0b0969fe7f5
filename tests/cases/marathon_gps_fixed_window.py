# case: mean pace over the last fixed window of GPS fixes, window size from the config -> constant slice bounds, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def planar_dist(dlat, dlon):
    return ops.sqrt((dlat * 111320.0) ** 2 + (dlon * 78850.0) ** 2)


class RollingPace(nn.Cell):
    def __init__(self, window=30, min_step_m=0.5):
        super().__init__()
        self.window = window
        self.min_step_m = min_step_m

    def construct(self, latlon, timestamps):
        n = latlon.shape[0]
        start = n - self.window
        track = latlon[start:]
        ts = timestamps[start:]
        dlat = track[1:, 0] - track[:-1, 0]
        dlon = track[1:, 1] - track[:-1, 1]
        step = ops.maximum(planar_dist(dlat, dlon), self.min_step_m)
        dt = ts[1:] - ts[:-1]
        return dt.sum() / (step.sum() / 1000.0)


def make():
    np.random.seed(12)
    n = 150
    lat = 40.71 + np.cumsum(np.random.uniform(0, 2e-5, n))
    lon = -74.0 + np.cumsum(np.random.uniform(0, 3e-5, n))
    latlon = Tensor(np.stack([lat, lon], 1).astype(np.float32))
    ts = Tensor(np.arange(n, dtype=np.float32) * 1.0)
    return RollingPace(window=40), (latlon, ts)
