# case: soiling loss estimator fits a least-squares line to performance ratio with closed-form ops sums over a fixed window -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoilingTrendFit(nn.Cell):
    def __init__(self, window=30):
        super().__init__()
        self.window = window
        self.t = Tensor(np.arange(window, dtype=np.float32))

    def fit_line(self, y):
        n = float(self.window)
        t = self.t
        st, sy = t.sum(), y.sum(axis=-1)
        stt, sty = (t * t).sum(), (y * t).sum(axis=-1)
        slope = (n * sty - st * sy) / (n * stt - st * st)
        intercept = (sy - slope * st) / n
        return slope, intercept

    def construct(self, energy, irradiance, rated_kw):
        expected = irradiance / 1000.0 * rated_kw.expand_dims(-1)
        pr = energy / (expected + 1e-6)
        slope, intercept = self.fit_line(pr)
        soiling_rate = -slope / intercept * 100.0
        return ops.clamp(soiling_rate, 0.0, 5.0), pr


def make():
    np.random.seed(7)
    sites, days = 3, 30
    irr = np.random.uniform(4000, 6500, size=(sites, days)).astype(np.float32)
    pr_true = 0.85 - 0.002 * np.arange(days)
    energy = (irr / 1000.0 * 50.0 * pr_true).astype(np.float32)
    rated = np.full((sites,), 50.0, dtype=np.float32)
    return SoilingTrendFit(), (Tensor(energy), Tensor(irr), Tensor(rated))
