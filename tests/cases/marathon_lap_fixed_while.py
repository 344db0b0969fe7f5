# case: track-session summary over a fixed number of laps using a while loop on a Python counter bounded by a config value -> Python-int loop, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackSessionFixed(nn.Cell):
    def __init__(self, lap_m=400.0, n_laps=16):
        super().__init__()
        self.lap_m = lap_m
        self.n_laps = n_laps

    def construct(self, lap_times):
        best = lap_times[0]
        total = lap_times[0] * 0
        i = 0
        while i < self.n_laps:
            best = ops.minimum(best, lap_times[i])
            total = total + lap_times[i]
            i += 1
        avg_pace_km = total / (self.n_laps * self.lap_m / 1000.0)
        return best, avg_pace_km


def make():
    np.random.seed(162)
    laps = np.random.normal(88, 2.5, 25).astype(np.float32)
    return TrackSessionFixed(), (Tensor(laps),)
