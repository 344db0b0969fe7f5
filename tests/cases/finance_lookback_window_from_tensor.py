# case: trailing log-return mean/vol over a lookback length passed as a tensor -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrailingReturnStats(nn.Cell):
    """Mean and annualised volatility of log returns over the last `lookback` days."""

    def __init__(self, annualization=252.0, eps=1e-8):
        super().__init__()
        self.annualization = annualization
        self.eps = eps

    def log_returns(self, prices):
        logp = ops.log(prices + self.eps)
        return logp[:, 1:] - logp[:, :-1]

    def trailing(self, rets, lookback):
        start = rets.shape[1] - lookback
        return rets[:, start:]

    def construct(self, prices, lookback):
        rets = self.log_returns(prices)
        window = self.trailing(rets, lookback)
        mu = window.mean(axis=1)
        centered = window - mu.expand_dims(1)
        vol = ops.sqrt((centered * centered).mean(axis=1) * self.annualization)
        return mu * self.annualization, vol


def make():
    np.random.seed(0)
    steps = 1.0 + 0.01 * np.random.randn(4, 32)
    prices = Tensor((100.0 * np.cumprod(steps, axis=1)).astype(np.float32))
    return TrailingReturnStats(), (prices, Tensor(10, ms.int32))
