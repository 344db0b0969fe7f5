# case: max drawdown and time-under-water from cumulative max, tail measured with a fixed-size mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DrawdownStats(nn.Cell):
    """Max drawdown, fraction of time under water and conditional drawdown, batch of strategies."""

    def __init__(self, threshold=0.05, eps=1e-8):
        super().__init__()
        self.threshold = threshold
        self.eps = eps

    def equity_curve(self, returns):
        return ops.cumprod(1.0 + returns, dim=-1)

    def drawdown(self, equity):
        peak, _ = ops.cummax(equity, axis=-1)
        return equity / peak - 1.0

    def construct(self, returns):
        dd = self.drawdown(self.equity_curve(returns))
        max_dd = dd.min(axis=-1)
        under = (dd < 0).astype(ms.float32).mean(axis=-1)
        deep = (dd < -self.threshold).astype(ms.float32)
        cdd = (dd * deep).sum(axis=-1) / (deep.sum(axis=-1) + self.eps)
        return max_dd, under, cdd


def make():
    np.random.seed(23)
    r = (0.015 * np.random.randn(3, 60)).astype(np.float32)
    return DrawdownStats(), (Tensor(r),)
