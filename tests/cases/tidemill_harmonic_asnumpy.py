# case: fit the M2 tidal constituent amplitude, converting the series with .asnumpy() and NumPy lstsq inside construct -> host NumPy on tensors in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

M2_PERIOD_H = 12.4206


class M2Fit(nn.Cell):
    def __init__(self, dt_hours=0.5):
        super().__init__()
        self.dt_hours = dt_hours

    def construct(self, heights):
        h = heights.asnumpy()
        t = np.arange(h.shape[0]) * self.dt_hours
        w = 2 * np.pi / M2_PERIOD_H
        design = np.stack([np.cos(w * t), np.sin(w * t), np.ones_like(t)], axis=1)
        coef = np.linalg.lstsq(design, h, rcond=None)[0]
        amp = np.hypot(coef[0], coef[1])
        return Tensor(np.float32(amp)), heights.mean()


def make():
    np.random.seed(3297)
    t = np.arange(96) * 0.5
    h = 2.4 * np.cos(2 * np.pi * t / M2_PERIOD_H - 0.3) + 0.1 * np.random.randn(96) + 3.0
    return M2Fit(), (Tensor(h.astype(np.float32)),)
