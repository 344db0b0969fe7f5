# case: when the forecast peak exceeds a threshold, returns only the curtailment window hours, otherwise the full day -> error (branches return different shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DemandResponseTrigger(nn.Cell):
    def __init__(self, peak_limit_mw=95.0, window_start=16, window_end=21):
        super().__init__()
        self.peak_limit = peak_limit_mw
        self.ws = window_start
        self.we = window_end

    def construct(self, forecast):
        peak = forecast.max()
        if peak > self.peak_limit:
            target = forecast[self.ws:self.we] * 0.9
        else:
            target = forecast
        return target


def make():
    np.random.seed(14)
    hours = np.arange(24)
    fc = 70 + 30 * np.exp(-((hours - 18) ** 2) / 8.0) + np.random.randn(24)
    return DemandResponseTrigger(), (Tensor(fc.astype(np.float32)),)
