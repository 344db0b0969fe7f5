# case: construct builds a plain Python TripSummary object from tensors, mutates it and returns it -> compile error at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TripSummary:
    def __init__(self, distance, duration):
        self.distance = distance
        self.duration = duration
        self.avg_speed = None

    def finalize(self):
        self.avg_speed = self.distance / (self.duration + 1e-6)
        return self


class TripSummarizer(nn.Cell):
    """Summarises a trajectory (x, y in metres, t in seconds)."""

    def __init__(self, min_step=1.0):
        super().__init__()
        self.min_step = min_step

    def step_lengths(self, xy):
        d = xy[1:] - xy[:-1]
        step = ops.sqrt((d * d).sum(axis=1))
        return ops.where(step < self.min_step, ops.zeros_like(step), step)

    def construct(self, xy, t):
        dist = self.step_lengths(xy).sum()
        summary = TripSummary(dist, t[-1] - t[0])
        summary = summary.finalize()
        return summary


def make():
    np.random.seed(8)
    xy = np.cumsum(np.random.rand(9, 2) * 20, axis=0).astype(np.float32)
    t = np.cumsum(np.random.randint(5, 15, size=9)).astype(np.float32)
    return TripSummarizer(), (Tensor(xy), Tensor(t))
