# case: interpolate a turbine power curve and cap it at the rated value with ops.minimum instead of exception handling -> plain tensor ops, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurveLookupCapped(nn.Cell):
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
        power = ops.minimum(self.interp(speed), self.rated_kw)
        return power, power.sum() * 0.25


def make():
    np.random.seed(3300)
    v = np.arange(13) * 0.25
    bins = np.minimum(1000.0, 1000.0 * (np.maximum(v - 0.7, 0) / 1.8) ** 3).astype(np.float32)
    speed = np.abs(2.4 * np.sin(np.linspace(0, 2 * np.pi, 48))).astype(np.float32)
    return CurveLookupCapped(bins), (Tensor(speed),)
