# case: interpolate a turbine power curve and fall back to the rated value inside a try/except in construct -> try statement in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurveLookup(nn.Cell):
    """Piecewise-linear power curve from manufacturer bins (0.25 m/s steps)."""

    def __init__(self, bin_kw, bin_width=0.25, rated_kw=1000.0):
        super().__init__()
        self.bin_kw = Tensor(bin_kw)
        self.bin_width = bin_width
        self.rated_kw = rated_kw
        self.n_bins = bin_kw.shape[0]

    def interp(self, speed):
        pos = ops.clamp(speed / self.bin_width, 0.0, self.n_bins - 1.001)
        lo = ops.floor(pos).astype(ms.int32)
        frac = pos - lo.astype(ms.float32)
        return ops.gather(self.bin_kw, lo, 0) * (1 - frac) + ops.gather(self.bin_kw, lo + 1, 0) * frac

    def construct(self, speed):
        try:
            power = self.interp(speed)
        except ValueError:
            power = ops.ones_like(speed) * self.rated_kw
        return power, power.sum() * 0.25


def make():
    np.random.seed(3299)
    v = np.arange(13) * 0.25
    bins = np.minimum(1000.0, 1000.0 * (np.maximum(v - 0.7, 0) / 1.8) ** 3).astype(np.float32)
    speed = np.abs(2.4 * np.sin(np.linspace(0, 2 * np.pi, 48))).astype(np.float32)
    return CurveLookup(bins), (Tensor(speed),)
