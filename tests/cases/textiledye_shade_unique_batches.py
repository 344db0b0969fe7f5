# case: count how many distinct shade bands appear in a lot of fabric rolls using ops.unique on sorted shade codes -> unique has data-dependent length, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShadeBandCounter(nn.Cell):
    def __init__(self, band_width=0.8):
        super().__init__()
        self.band_width = band_width

    def shade_code(self, delta_e):
        return ops.floor(delta_e / self.band_width).astype(ms.int32)

    def construct(self, lab_rolls, lab_standard):
        diff = lab_rolls - lab_standard
        delta_e = ops.sqrt((diff * diff).sum(axis=1))
        codes = self.shade_code(delta_e)
        bands, idx = ops.unique(codes)
        counts = ops.zeros_like(bands)
        return bands, idx, counts


def make():
    np.random.seed(15)
    std = np.array([52.0, 18.0, -24.0], np.float32)
    rolls = std + np.random.randn(20, 3).astype(np.float32) * 1.2
    return ShadeBandCounter(), (Tensor(rolls), Tensor(std))
