# case: applies a 10% curtailment in the evening window to feeders whose forecast peak exceeds a limit, using ops.select with a fixed window mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DemandResponse(nn.Cell):
    def __init__(self, peak_limit_mw=95.0, window=(16, 21), hours=24, curtail=0.1):
        super().__init__()
        w = np.zeros((1, hours), dtype=np.float32)
        w[0, window[0]:window[1]] = 1.0
        self.window = Tensor(w)
        self.peak_limit = peak_limit_mw
        self.curtail = curtail

    def construct(self, forecast):
        peak = forecast.max(axis=1, keepdims=True)
        trigger = ops.broadcast_to(peak > self.peak_limit, forecast.shape)
        reduced = forecast * (1.0 - self.curtail * self.window)
        out = ops.select(trigger, reduced, forecast)
        return out, trigger[:, 0]


def make():
    np.random.seed(15)
    hours = np.arange(24)
    base = 70 + 30 * np.exp(-((hours - 18) ** 2) / 8.0)
    fc = base[None, :] * np.random.uniform(0.8, 1.2, size=(5, 1))
    return DemandResponse(), (Tensor(fc.astype(np.float32)),)
