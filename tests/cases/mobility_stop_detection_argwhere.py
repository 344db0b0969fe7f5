# case: bus stop detection finds low-speed fixes with argwhere and gathers their timestamps -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeedEstimator(nn.Cell):
    def __init__(self, min_dt=1.0):
        super().__init__()
        self.min_dt = min_dt

    def construct(self, xy, t):
        d = xy[1:] - xy[:-1]
        dist = ops.sqrt((d * d).sum(axis=1))
        return dist / ops.clamp(t[1:] - t[:-1], min=self.min_dt)


class StopDetector(nn.Cell):
    """Returns dwell statistics over fixes where the vehicle was (almost) stopped."""

    def __init__(self, stop_speed=0.5):
        super().__init__()
        self.speed = SpeedEstimator()
        self.stop_speed = stop_speed

    def construct(self, xy, t):
        v = self.speed(xy, t)
        stop_idx = ops.argwhere(v < self.stop_speed).squeeze(1)
        stop_t = ops.gather(t[1:], stop_idx, 0)
        dwell = ops.gather(t[1:] - t[:-1], stop_idx, 0)
        return stop_t, dwell.sum()


def make():
    np.random.seed(16)
    steps = np.where(np.random.rand(12, 1) < 0.4, 0.1, 15.0) * np.ones((12, 2))
    xy = np.cumsum(steps, axis=0).astype(np.float32)
    t = np.cumsum(np.full(12, 10.0)).astype(np.float32)
    return StopDetector(), (Tensor(xy), Tensor(t))
