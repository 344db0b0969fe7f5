# case: discretises follow-up into a fixed number of bins from the constructor with clipped bin indices and one_hot -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedBinTarget(nn.Cell):
    def __init__(self, bin_width=5.0, num_bins=6):
        super().__init__()
        self.bin_width = bin_width
        self.num_bins = num_bins
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, times, events):
        bin_idx = ops.floor(times / self.bin_width).astype(ms.int32)
        bin_idx = ops.clamp(bin_idx, 0, self.num_bins - 1)
        target = ops.one_hot(bin_idx, self.num_bins, self.on, self.off)
        return target * events.expand_dims(1)


def make():
    np.random.seed(31)
    times = Tensor(np.array([3.0, 12.5, 7.1, 22.0, 16.4, 40.0], dtype=np.float32))
    events = Tensor(np.array([1, 0, 1, 1, 0, 1], dtype=np.float32))
    return FixedBinTarget(), (times, events)
