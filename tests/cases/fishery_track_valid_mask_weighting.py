# case: vessel track anomaly score over padded AIS fixes, where padding is removed by a validity mask built from positions vs. the fix count -> masks by multiplication, fixed shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackAnomaly(nn.Cell):
    def __init__(self, max_len=64, max_speed_kn=14.0):
        super().__init__()
        self.max_speed_kn = max_speed_kn
        self.pos = Tensor(np.arange(1, max_len, dtype=np.int32))

    def step_speed(self, lat, lon, dt_h):
        dlat = (lat[1:] - lat[:-1]) * 60.0
        dlon = (lon[1:] - lon[:-1]) * 60.0 * ops.cos(lat[1:] * 0.0174533)
        return ops.sqrt(dlat * dlat + dlon * dlon + 1e-12) / dt_h

    def construct(self, track, n_valid):
        spd = self.step_speed(track[:, 0], track[:, 1], track[1:, 2])
        valid = (self.pos < n_valid).astype(ms.float32)
        excess = ops.relu(spd - self.max_speed_kn) * valid
        return excess.sum() / ops.maximum(valid.sum(), 1.0)


def make():
    np.random.seed(20)
    t = np.zeros((64, 3), dtype=np.float32)
    t[:, 0] = 56.0 + np.cumsum(np.random.randn(64) * 0.01)
    t[:, 1] = 3.0 + np.cumsum(np.random.randn(64) * 0.01)
    t[:, 2] = 0.25
    return TrackAnomaly(), (Tensor(t), Tensor(np.array(48, dtype=np.int32)))
