# case: trailing log-return stats over a lookback fixed in the config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrailingStats(nn.Cell):
    """Annualised drift and vol over the last `lookback` returns (lookback from config)."""

    def __init__(self, lookback=20, annualization=252.0, eps=1e-8):
        super().__init__()
        self.lookback = lookback
        self.annualization = annualization
        self.eps = eps

    def log_returns(self, prices):
        logp = ops.log(prices + self.eps)
        return logp[:, 1:] - logp[:, :-1]

    def trailing(self, rets):
        start = rets.shape[1] - self.lookback
        return rets[:, start:]

    def construct(self, prices):
        window = self.trailing(self.log_returns(prices))
        mu = window.mean(axis=1, keep_dims=True)
        var = ((window - mu) ** 2).sum(axis=1) / (self.lookback - 1)
        return mu.squeeze(1) * self.annualization, ops.sqrt(var * self.annualization)


def make():
    np.random.seed(20)
    steps = 1.0 + 0.01 * np.random.randn(5, 40)
    prices = Tensor((50.0 * np.cumprod(steps, axis=1)).astype(np.float32))
    return TrailingStats(), (prices,)
