# case: track-session summary looping over the number of completed laps read from the lap counter with .item() -> loop count from tensor value, expect Graph mode to reject or unroll on a constant
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackSession(nn.Cell):
    def __init__(self, lap_m=400.0):
        super().__init__()
        self.lap_m = lap_m

    def construct(self, lap_times, laps_done):
        n = laps_done.item()
        best = lap_times[0]
        total = lap_times[0] * 0
        for i in range(n):
            best = ops.minimum(best, lap_times[i])
            total = total + lap_times[i]
        avg_pace_km = total / (n * self.lap_m / 1000.0)
        return best, avg_pace_km


def make():
    np.random.seed(161)
    laps = np.random.normal(88, 2.5, 25).astype(np.float32)
    return TrackSession(), (Tensor(laps), Tensor(16, ms.int32))
