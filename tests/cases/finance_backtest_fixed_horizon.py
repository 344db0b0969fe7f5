# case: daily-rebalanced backtest over a fixed number of steps with costs and an equity curve -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SignalToWeights(nn.Cell):
    def __init__(self, gross=1.0):
        super().__init__()
        self.gross = gross

    def construct(self, signal):
        return self.gross * signal / (ops.abs(signal).sum(axis=-1, keepdims=True) + 1e-8)


class Backtester(nn.Cell):
    """Loops over time: weights from the signal at t, PnL from returns at t+1."""

    def __init__(self, cost=5e-4, gross=1.0):
        super().__init__()
        self.to_weights = SignalToWeights(gross)
        self.cost = cost

    def construct(self, signals, returns):
        T = returns.shape[0]
        w_prev = ops.zeros_like(signals[0])
        equity = ops.ones((), ms.float32)
        curve = []
        for t in range(T - 1):
            w = self.to_weights(signals[t])
            tc = self.cost * ops.abs(w - w_prev).sum()
            equity = equity * (1.0 + (w * returns[t + 1]).sum() - tc)
            curve.append(equity)
            w_prev = w
        return ops.stack(curve)


def make():
    np.random.seed(30)
    r = (0.01 * np.random.randn(10, 4)).astype(np.float32)
    s = np.random.randn(10, 4).astype(np.float32)
    return Backtester(), (Tensor(s), Tensor(r))
