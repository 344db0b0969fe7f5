# case: vessel track anomaly score over only the valid AIS fixes, slicing the track by a fix count read with .item() -> slice length from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackAnomaly(nn.Cell):
    def __init__(self, max_speed_kn=14.0):
        super().__init__()
        self.max_speed_kn = max_speed_kn

    def step_speed(self, lat, lon, dt_h):
        dlat = (lat[1:] - lat[:-1]) * 60.0
        dlon = (lon[1:] - lon[:-1]) * 60.0 * ops.cos(lat[1:] * 0.0174533)
        return ops.sqrt(dlat * dlat + dlon * dlon) / dt_h

    def construct(self, track, n_valid):
        n = n_valid.item()
        lat = track[:n, 0]
        lon = track[:n, 1]
        dt = track[1:n, 2]
        spd = self.step_speed(lat, lon, dt)
        return ops.relu(spd - self.max_speed_kn).mean()


def make():
    np.random.seed(19)
    t = np.zeros((64, 3), dtype=np.float32)
    t[:, 0] = 56.0 + np.cumsum(np.random.randn(64) * 0.01)
    t[:, 1] = 3.0 + np.cumsum(np.random.randn(64) * 0.01)
    t[:, 2] = 0.25
    return TrackAnomaly(), (Tensor(t), Tensor(np.array(48, dtype=np.int32)))
