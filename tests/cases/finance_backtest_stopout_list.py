# case: backtest loop that stops trading at a drawdown stop-out (break on tensor) and stacks the PnL list -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StopOutBacktest(nn.Cell):
    """Runs a fixed-weight strategy until equity drops below the stop level."""

    def __init__(self, stop_level=0.9, initial_equity=1.0):
        super().__init__()
        self.stop_level = stop_level
        self.initial_equity = initial_equity

    def step_pnl(self, weights, asset_returns_t):
        return (weights * asset_returns_t).sum()

    def construct(self, weights, asset_returns):
        equity = self.initial_equity
        pnl_path = []
        for t in range(asset_returns.shape[0]):
            pnl = self.step_pnl(weights, asset_returns[t])
            equity = equity * (1.0 + pnl)
            pnl_path.append(pnl)
            if equity < self.stop_level:
                break
        return ops.stack(pnl_path), equity


def make():
    np.random.seed(14)
    r = (0.03 * np.random.randn(12, 3) - 0.01).astype(np.float32)
    w = np.array([0.5, 0.3, 0.2], np.float32)
    return StopOutBacktest(), (Tensor(w), Tensor(r))
