# case: keep only anemometer readings above the gust threshold via boolean-mask indexing and score the shutdown risk -> boolean index gives data-dependent shape in Graph mode
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
        strong = speeds[speeds > self.gust_ms]
        return (strong - self.gust_ms).pow(2).sum()

    def construct(self, wind_ms):
        # wind_ms: (towers, samples)
        peak = wind_ms.max()
        energy = self.gust_energy(wind_ms.reshape(-1))
        risk = ops.sigmoid(energy / 50.0 - 1.0)
        hard = (peak > self.hard_stop_ms).astype(ms.float32)
        return ops.maximum(risk, hard)


def make():
    np.random.seed(5)
    w = np.abs(10 + 5 * np.random.randn(6, 120)).astype(np.float32)
    return GustShutdownScorer(), (Tensor(w),)
