# case: route segment speed estimator guards the division by travel time with ops.where on a zero mask -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentSpeed(nn.Cell):
    def __init__(self, max_kmh=130.0, min_dt=1e-6):
        super().__init__()
        self.max_kmh = max_kmh
        self.min_dt = min_dt

    def seg_lengths(self, path_xy):
        d = path_xy[1:] - path_xy[:-1]
        return ops.sqrt((d * d).sum(-1))

    def construct(self, path_xy, dt_hours):
        lengths_km = self.seg_lengths(path_xy)
        valid = dt_hours > self.min_dt
        safe_dt = ops.where(valid, dt_hours, ops.ones_like(dt_hours))
        speed = ops.where(valid, lengths_km / safe_dt, ops.zeros_like(lengths_km))
        return ops.clip_by_value(speed, 0.0, self.max_kmh)


def make():
    np.random.seed(12)
    path = np.cumsum(np.random.uniform(0, 0.5, size=(9, 2)), axis=0).astype(np.float32)
    dt = np.random.uniform(0.005, 0.02, size=(8,)).astype(np.float32)
    dt[3] = 0.0
    return SegmentSpeed(), (Tensor(path), Tensor(dt))
