# case: gust energy over the threshold computed with ops.where(cond, x, 0) on all anemometer readings -> three-argument where keeps shapes, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GustShutdownScorer(nn.Cell):
    """Scores whether the line should stop given tower anemometer traces."""

    def __init__(self, gust_ms=15.0, hard_stop_ms=22.0):
        super().__init__()
        self.gust_ms = gust_ms
        self.hard_stop_ms = hard_stop_ms

    def gust_energy(self, speeds):
        over = speeds - self.gust_ms
        strong = ops.where(speeds > self.gust_ms, over, ops.zeros_like(over))
        return strong.pow(2).sum(axis=-1)

    def construct(self, wind_ms):
        # wind_ms: (towers, samples)
        peak = wind_ms.max(axis=1)
        energy = self.gust_energy(wind_ms)
        risk = ops.sigmoid(energy / 50.0 - 1.0)
        hard = (peak > self.hard_stop_ms).astype(ms.float32)
        return ops.maximum(risk, hard).max()


def make():
    np.random.seed(5)
    w = np.abs(10 + 5 * np.random.randn(6, 120)).astype(np.float32)
    return GustShutdownScorer(), (Tensor(w),)
