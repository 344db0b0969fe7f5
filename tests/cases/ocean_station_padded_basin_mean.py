# case: variable numbers of stations per basin handled by padding to max stations and building a mask from arange < counts -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedBasinMean(nn.Cell):
    def __init__(self, max_stations=8):
        super().__init__()
        self.max_stations = max_stations
        self.slots = Tensor(np.arange(max_stations, dtype=np.int32))

    def station_mask(self, counts):
        return (self.slots.reshape(1, -1) < counts.reshape(-1, 1)).astype(ms.float32)

    def construct(self, rainfall, counts):
        mask = self.station_mask(counts)
        total = (rainfall * mask).sum(axis=1)
        n = ops.maximum(mask.sum(axis=1), ops.ones_like(total))
        mean = total / n
        spread = (((rainfall - mean.reshape(-1, 1)) ** 2) * mask).sum(axis=1) / n
        return mean, ops.sqrt(spread)


def make():
    np.random.seed(21)
    counts = np.array([3, 8, 5, 1], np.int32)
    rain = np.random.gamma(1.2, 5.0, (4, 8)).astype(np.float32)
    rain[np.arange(8)[None, :] >= counts[:, None]] = 0.0
    return PaddedBasinMean(), (Tensor(rain), Tensor(counts))
