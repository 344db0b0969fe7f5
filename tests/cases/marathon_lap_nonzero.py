# case: detect lap crossings on a 400 m track from cumulative distance and gather their timestamps with ops.nonzero -> index count depends on data, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LapDetector(nn.Cell):
    def __init__(self, lap_m=400.0):
        super().__init__()
        self.lap_m = lap_m

    def lap_index(self, dist):
        return ops.floor(dist / self.lap_m)

    def construct(self, cum_dist, t):
        lap_no = self.lap_index(cum_dist)
        crossed = lap_no[1:] > lap_no[:-1]
        idx = ops.nonzero(crossed).reshape(-1) + 1
        cross_t = ops.gather(t, idx, 0)
        lap_times = cross_t[1:] - cross_t[:-1]
        return lap_times


def make():
    np.random.seed(41)
    n = 800
    speed = 4.2 + np.random.randn(n) * 0.2
    cum = np.cumsum(speed).astype(np.float32)
    t = np.arange(n, dtype=np.float32)
    return LapDetector(), (Tensor(cum), Tensor(t))
