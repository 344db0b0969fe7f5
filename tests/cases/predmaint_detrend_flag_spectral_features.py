# case: vibration feature block with config flags (detrend, log-power) selecting branches at trace time -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VibrationFeatures(nn.Cell):
    def __init__(self, window=16, n_bands=4, detrend=True, log_power=True, mode="rms"):
        super().__init__()
        self.window = window
        self.n_bands = n_bands
        self.detrend = detrend
        self.log_power = log_power
        self.mode = mode

    def _detrend(self, x):
        t = ops.arange(0, x.shape[-1], dtype=ms.float32)
        tc = t - t.mean()
        xc = x - x.mean(axis=-1, keep_dims=True)
        slope = (xc * tc).sum(axis=-1, keepdims=True) / (tc * tc).sum()
        return xc - slope * tc

    def _band_energy(self, x):
        band = x.shape[-1] // self.n_bands
        bands = [x[..., b * band:(b + 1) * band] for b in range(self.n_bands)]
        if self.mode == "rms":
            return ops.stack([ops.sqrt((s * s).mean(axis=-1)) for s in bands], axis=-1)
        return ops.stack([ops.abs(s).max(axis=-1) for s in bands], axis=-1)

    def construct(self, x):
        if self.detrend:
            x = self._detrend(x)
        e = self._band_energy(x)
        if self.log_power:
            e = ops.log(e + 1e-6)
        return e


def make():
    np.random.seed(24)
    x = np.random.randn(3, 16).astype(np.float32) + np.linspace(0, 2, 16, dtype=np.float32)
    return VibrationFeatures(), (Tensor(x),)
