# case: historical VaR/ES with np.percentile called on a tensor of portfolio losses -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PortfolioLoss(nn.Cell):
    def construct(self, weights, asset_returns):
        pnl = ops.matmul(asset_returns, weights)
        return -pnl


class HistoricalVaR(nn.Cell):
    """One-day historical-simulation VaR and expected shortfall."""

    def __init__(self, confidence=0.95):
        super().__init__()
        self.loss = PortfolioLoss()
        self.confidence = confidence

    def construct(self, weights, asset_returns):
        losses = self.loss(weights, asset_returns)
        var = np.percentile(losses, 100 * self.confidence)
        tail = ops.relu(losses - var)
        es = var + tail.mean() / (1.0 - self.confidence)
        return var, es


def make():
    np.random.seed(8)
    rets = (0.01 * np.random.randn(100, 4)).astype(np.float32)
    w = np.full((4,), 0.25, np.float32)
    return HistoricalVaR(), (Tensor(w), Tensor(rets))
