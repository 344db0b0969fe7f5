# case: beat-interval analyser computes inter-beat intervals by slicing beat_times[1:] - beat_times[:-1] and reports mean/std and tempo -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeatIntervalStatsVec(nn.Cell):
    def __init__(self, min_interval=0.2):
        super().__init__()
        self.min_interval = min_interval

    def construct(self, beat_times):
        ioi = beat_times[1:] - beat_times[:-1]
        ioi = ops.maximum(ioi, self.min_interval)
        mean = ioi.mean()
        std = ops.sqrt(((ioi - mean) ** 2).mean())
        bpm = 60.0 / mean
        return mean, std, bpm


def make():
    np.random.seed(31)
    beats = Tensor(np.cumsum(0.5 + 0.02 * np.random.randn(10)).astype(np.float32))
    return BeatIntervalStatsVec(), (beats,)
