# case: autocorrelation pitch tracker scores candidate lags above a threshold using three-argument ops.where -> fixed shape, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AutocorrLagPicker(nn.Cell):
    """Pick the period of a reed pipe from a short recording."""

    def __init__(self, max_lag=64, threshold=0.3):
        super().__init__()
        self.max_lag = max_lag
        self.threshold = threshold
        self.lags = Tensor(np.arange(1, max_lag + 1, dtype=np.float32))

    def autocorr(self, x):
        n = x.shape[0]
        rows = []
        for lag in range(1, self.max_lag + 1):
            rows.append((x[:n - lag] * x[lag:]).mean())
        ac = ops.stack(rows)
        return ac / (ops.abs(ac).max() + 1e-6)

    def construct(self, signal):
        ac = self.autocorr(signal)
        strong = ac > self.threshold
        big = ops.ones_like(self.lags) * 1e6
        candidate_lags = ops.where(strong, self.lags, big)
        return candidate_lags.min()


def make():
    np.random.seed(313)
    t = np.arange(400, dtype=np.float32)
    sig = np.sin(2 * np.pi * t / 17.0) + 0.1 * np.random.randn(400)
    return AutocorrLagPicker(), (Tensor(sig.astype(np.float32)),)
