# case: route segment speed estimator wraps the division by travel time in try/except ZeroDivisionError inside construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentSpeed(nn.Cell):
    def __init__(self, max_kmh=130.0):
        super().__init__()
        self.max_kmh = max_kmh

    def seg_lengths(self, path_xy):
        d = path_xy[1:] - path_xy[:-1]
        return ops.sqrt((d * d).sum(-1))

    def construct(self, path_xy, dt_hours):
        lengths_km = self.seg_lengths(path_xy)
        try:
            speed = lengths_km / dt_hours
        except ZeroDivisionError:
            speed = ops.zeros_like(lengths_km)
        return ops.clip_by_value(speed, 0.0, self.max_kmh)


def make():
    np.random.seed(12)
    path = np.cumsum(np.random.uniform(0, 0.5, size=(9, 2)), axis=0).astype(np.float32)
    dt = np.random.uniform(0.005, 0.02, size=(8,)).astype(np.float32)
    return SegmentSpeed(), (Tensor(path), Tensor(dt))
