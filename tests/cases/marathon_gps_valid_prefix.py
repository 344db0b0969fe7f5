# case: trim a GPS trace to the number of valid fixes reported by the watch, then compute mean pace -> slice length from tensor value via int(), expect Graph mode to reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def haversine_like(dlat, dlon):
    # small-angle planar approximation, metres
    return ops.sqrt((dlat * 111320.0) ** 2 + (dlon * 78850.0) ** 2)


class GpsPaceEstimator(nn.Cell):
    def __init__(self, min_step_m=0.5):
        super().__init__()
        self.min_step_m = min_step_m

    def construct(self, latlon, timestamps, n_valid):
        k = int(n_valid)
        track = latlon[:k]
        ts = timestamps[:k]
        dlat = track[1:, 0] - track[:-1, 0]
        dlon = track[1:, 1] - track[:-1, 1]
        step = haversine_like(dlat, dlon)
        step = ops.maximum(step, self.min_step_m)
        dt = ts[1:] - ts[:-1]
        pace_s_per_km = dt.sum() / (step.sum() / 1000.0)
        return pace_s_per_km


def make():
    np.random.seed(11)
    n = 120
    lat = 52.37 + np.cumsum(np.random.uniform(0, 2e-5, n))
    lon = 4.89 + np.cumsum(np.random.uniform(0, 3e-5, n))
    latlon = Tensor(np.stack([lat, lon], 1).astype(np.float32))
    ts = Tensor(np.arange(n, dtype=np.float32))
    n_valid = Tensor(97, ms.int32)
    return GpsPaceEstimator(), (latlon, ts, n_valid)
