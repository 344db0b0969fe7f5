# case: power-curve binning assigns wind speeds to a fixed number of bins with one_hot and computes per-bin mean power by matrix products -> fixed bin count, static expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OneHotPowerBins(nn.Cell):
    def __init__(self, n_bins=12, bin_width=2.0):
        super().__init__()
        self.n_bins = n_bins
        self.bin_width = bin_width
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, wind, power):
        b = ops.floor(wind / self.bin_width).astype(ms.int32)
        b = ops.clamp(b, 0, self.n_bins - 1)
        onehot = ops.one_hot(b, self.n_bins, self.on, self.off)
        counts = onehot.sum(axis=0)
        sums = ops.matmul(power.expand_dims(0), onehot).squeeze(0)
        return sums / ops.maximum(counts, 1.0)


def make():
    np.random.seed(32)
    wind = Tensor(np.random.uniform(0, 24, size=(48,)).astype(np.float32))
    power = Tensor(np.random.uniform(0, 3000, size=(48,)).astype(np.float32))
    return OneHotPowerBins(), (wind, power)
