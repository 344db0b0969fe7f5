# case: crop a spectrophotometer reflectance curve up to the wavelength of peak reflectance found from the data -> slice length from tensor value, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_WAVELENGTHS = 31  # 400-700 nm at 10 nm steps


class PeakCropEncoder(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.hidden = hidden
        self.proj = nn.Dense(1, hidden)

    def _peak_index(self, curve):
        return ops.argmax(curve, dim=0)

    def construct(self, reflectance):
        # reflectance: (31,) mean curve of a fabric swatch
        peak = self._peak_index(reflectance)
        k = int(peak) + 1
        blue_side = reflectance[:k]
        feats = self.proj(blue_side.reshape(-1, 1))
        return feats.mean(axis=0)


def make():
    np.random.seed(11)
    wl = np.linspace(400, 700, N_WAVELENGTHS)
    curve = 0.2 + 0.6 * np.exp(-((wl - 560.0) / 40.0) ** 2)
    curve = curve + 0.01 * np.random.randn(N_WAVELENGTHS)
    return PeakCropEncoder(), (Tensor(curve.astype(np.float32)),)
