# case: active-return tracking error with an optional benchmark guarded by `is None` -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackingError(nn.Cell):
    """Annualised tracking error and information ratio; benchmark defaults to equal weight."""

    def __init__(self, periods=252, eps=1e-8):
        super().__init__()
        self.periods = periods
        self.eps = eps

    def portfolio_returns(self, weights, asset_returns):
        return ops.matmul(asset_returns, weights)

    def construct(self, weights, asset_returns, bench_weights=None):
        if bench_weights is None:
            n = asset_returns.shape[1]
            bench_weights = ops.ones((n,), ms.float32) / n
        active = self.portfolio_returns(weights - bench_weights, asset_returns)
        te = active.std() * (self.periods ** 0.5)
        ir = active.mean() * self.periods / (te + self.eps)
        return te, ir


def make():
    np.random.seed(28)
    r = (0.01 * np.random.randn(50, 5)).astype(np.float32)
    w = np.array([0.4, 0.1, 0.2, 0.2, 0.1], np.float32)
    return TrackingError(), (Tensor(w), Tensor(r))
