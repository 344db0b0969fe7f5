# case: drawdown via cummax, then mean of deep drawdowns picked with boolean-mask indexing -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DrawdownRisk(nn.Cell):
    """Max drawdown and conditional drawdown (average of drawdowns beyond a threshold)."""

    def __init__(self, threshold=0.05):
        super().__init__()
        self.threshold = threshold

    def drawdown(self, equity):
        peak, _ = ops.cummax(equity, axis=0)
        return equity / peak - 1.0

    def _tail_mean(self, dd):
        deep = dd[dd < -self.threshold]
        return deep.mean()

    def construct(self, returns):
        equity = ops.cumprod(1.0 + returns, dim=0)
        dd = self.drawdown(equity)
        max_dd = dd.min()
        cdd = self._tail_mean(dd)
        return max_dd, cdd


def make():
    np.random.seed(4)
    rets = (0.02 * np.random.randn(80) - 0.002).astype(np.float32)
    return DrawdownRisk(), (Tensor(rets),)
