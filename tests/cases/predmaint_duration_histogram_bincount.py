# case: histogram of alarm-episode durations via bincount whose length follows the longest episode in the data -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DurationHistogram(nn.Cell):
    """Per-step run length of the alarm and a histogram of episode lengths."""

    def __init__(self, level=0.5, normalise=True):
        super().__init__()
        self.level = level
        self.normalise = normalise

    def _run_lengths(self, active):
        runs = []
        run = ops.zeros((), ms.int32)
        for t in range(active.shape[0]):
            run = (run + 1) * active[t]
            runs.append(run)
        return ops.stack(runs)

    def construct(self, score):
        active = (score > self.level).astype(ms.int32)
        runs = self._run_lengths(active)
        ends = ops.logical_and(active > 0, ops.concat([active[1:], ops.zeros((1,), ms.int32)]) == 0)
        lengths = ops.where(ends, runs, ops.zeros_like(runs))
        hist = ops.bincount(lengths)[1:]
        if self.normalise:
            hist = hist.astype(ms.float32) / ops.maximum(hist.sum(), Tensor(1, ms.int32))
        return hist


def make():
    s = np.array([0.9, 0.8, 0.1, 0.7, 0.2, 0.6, 0.7, 0.9, 0.1, 0.95, 0.99, 0.1], dtype=np.float32)
    return DurationHistogram(), (Tensor(s),)
