# case: maximum and current drawdown per strategy using ops.cummax along time on a batch of equity curves -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DrawdownStats(nn.Cell):
    def __init__(self, start_value=1.0):
        super().__init__()
        self.start_value = start_value

    def equity(self, returns):
        return self.start_value * ops.cumprod(1.0 + returns, dim=1)

    def construct(self, returns):
        # returns: (strategies, T)
        eq = self.equity(returns)
        peak, _ = ops.cummax(eq, axis=1)
        dd = 1.0 - eq / peak
        max_dd = dd.max(axis=1)
        cur_dd = dd[:, -1]
        calmar = returns.mean(axis=1) * 252 / (max_dd + 1e-6)
        return max_dd, cur_dd, calmar


def make():
    np.random.seed(15)
    returns = Tensor((np.random.randn(3, 80) * 0.01 + 0.0004).astype(np.float32))
    return DrawdownStats(), (returns,)
