# case: anomaly scorer sets a per-batch threshold with np.percentile on scores.asnumpy() -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForecastResidualScorer(nn.Cell):
    def __init__(self, lookback=16, percentile=95.0, adaptive=True):
        super().__init__()
        self.predictor = nn.Dense(lookback, 1)
        self.percentile = percentile
        self.adaptive = adaptive
        self.static_threshold = 2.0

    def residuals(self, windows, next_values):
        pred = self.predictor(windows).squeeze(-1)
        return ops.abs(pred - next_values)

    def threshold(self, scores):
        if self.adaptive:
            thr = np.percentile(scores.asnumpy(), self.percentile)
            return Tensor(thr, ms.float32)
        return Tensor(self.static_threshold, ms.float32)

    def construct(self, windows, next_values):
        scores = self.residuals(windows, next_values)
        thr = self.threshold(scores)
        return scores, (scores > thr).astype(ms.int32)


def make():
    np.random.seed(6)
    windows = Tensor(np.random.randn(32, 16).astype(np.float32))
    nxt = Tensor(np.random.randn(32).astype(np.float32))
    return ForecastResidualScorer(), (windows, nxt)
