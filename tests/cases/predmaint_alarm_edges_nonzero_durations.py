# case: alarm event durations from rising/falling edges located with nonzero -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventDurations(nn.Cell):
    """Counts alarm events and their mean duration for a single machine."""

    def __init__(self, level=0.8, sample_period=1.0):
        super().__init__()
        self.level = level
        self.sample_period = sample_period

    def _edges(self, active):
        padded = ops.concat([ops.zeros((1,), ms.int32), active, ops.zeros((1,), ms.int32)])
        return padded[1:] - padded[:-1]

    def _starts_and_ends(self, edges):
        starts = ops.nonzero(edges == 1).reshape(-1)
        ends = ops.nonzero(edges == -1).reshape(-1)
        return starts, ends

    def construct(self, health):
        active = (health > self.level).astype(ms.int32)
        edges = self._edges(active)
        starts, ends = self._starts_and_ends(edges)
        durations = (ends - starts).astype(ms.float32) * self.sample_period
        n_events = starts.shape[0]
        return durations.mean(), n_events


def make():
    h = np.array([0.1, 0.9, 0.95, 0.2, 0.1, 0.85, 0.9, 0.92, 0.3, 0.99, 0.1, 0.2],
                 dtype=np.float32)
    return EventDurations(), (Tensor(h),)
