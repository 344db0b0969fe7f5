# case: chromatogram baseline correction with a rolling-minimum envelope (negated max-pool) and cumulative-area normalisation via cumsum -> fixed-shape tensor ops, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BaselineCorrect(nn.Cell):
    def __init__(self, window=31, n_smooth=2):
        super().__init__()
        self.pool = nn.MaxPool1d(kernel_size=window, stride=1, pad_mode="same")
        self.avg = nn.AvgPool1d(kernel_size=window, stride=1, pad_mode="same")
        self.n_smooth = n_smooth

    def envelope(self, y):
        base = -self.pool(-y)
        for _ in range(self.n_smooth):
            base = self.avg(base)
        return base

    def construct(self, traces):
        y = traces.reshape(traces.shape[0], 1, traces.shape[1])
        corrected = ops.relu(y - self.envelope(y)).reshape(traces.shape)
        cum = ops.cumsum(corrected, axis=1)
        frac = cum / (cum[:, -1:] + 1e-6)
        return corrected, frac


def make():
    np.random.seed(221)
    t = np.linspace(0, 30, 400).astype(np.float32)
    drift = 0.02 * t + 0.3
    traces = np.stack([drift + np.exp(-((t - c) ** 2) / 0.05) for c in (6.0, 14.0, 22.0)])
    traces += np.random.rand(*traces.shape) * 0.01
    return BaselineCorrect(), (Tensor(traces.astype(np.float32)),)
