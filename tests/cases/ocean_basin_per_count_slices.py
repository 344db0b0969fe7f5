# case: variable numbers of stations per basin handled by slicing a flat station array with offsets taken from a counts tensor inside a loop -> dynamic shapes from tensor slice bounds
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RaggedBasinMean(nn.Cell):
    def __init__(self, num_basins=4):
        super().__init__()
        self.num_basins = num_basins

    def construct(self, station_rain, counts):
        offsets = ops.cumsum(counts, 0)
        start = 0
        means = []
        for b in range(self.num_basins):
            stop = offsets[b]
            chunk = station_rain[start:stop]
            means.append(chunk.mean())
            start = stop
        return ops.stack(means)


def make():
    np.random.seed(22)
    counts = np.array([3, 6, 2, 4], np.int32)
    rain = np.random.gamma(1.2, 5.0, counts.sum()).astype(np.float32)
    return RaggedBasinMean(), (Tensor(rain), Tensor(counts))
