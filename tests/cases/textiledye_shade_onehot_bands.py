# case: assign each fabric roll to one of a fixed number of shade bands and count rolls per band with one-hot sums -> fixed band count, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShadeBandHistogram(nn.Cell):
    def __init__(self, band_width=0.8, n_bands=6):
        super().__init__()
        self.band_width = band_width
        self.n_bands = n_bands
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def shade_code(self, delta_e):
        code = ops.floor(delta_e / self.band_width).astype(ms.int32)
        return ops.clamp(code, 0, self.n_bands - 1)

    def construct(self, lab_rolls, lab_standard):
        diff = lab_rolls - lab_standard
        delta_e = ops.sqrt((diff * diff).sum(axis=1))
        codes = self.shade_code(delta_e)
        onehot = ops.one_hot(codes, self.n_bands, self.on, self.off)
        return onehot.sum(axis=0), codes


def make():
    np.random.seed(16)
    std = np.array([52.0, 18.0, -24.0], np.float32)
    rolls = std + np.random.randn(20, 3).astype(np.float32) * 1.2
    return ShadeBandHistogram(), (Tensor(rolls), Tensor(std))
