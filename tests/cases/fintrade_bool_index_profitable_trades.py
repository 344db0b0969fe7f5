# case: computes average PnL of winning trades with boolean-mask indexing pnl[pnl > 0] -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TradeStats(nn.Cell):
    def __init__(self, fee_bps=1.0):
        super().__init__()
        self.fee = fee_bps * 1e-4

    def trade_pnl(self, entry, exit_px, qty):
        gross = (exit_px - entry) * qty
        fees = self.fee * (entry + exit_px) * ops.abs(qty)
        return gross - fees

    def construct(self, entry, exit_px, qty):
        pnl = self.trade_pnl(entry, exit_px, qty)
        wins = pnl[pnl > 0]
        losses = pnl[pnl <= 0]
        profit_factor = wins.sum() / (ops.abs(losses.sum()) + 1e-6)
        return wins.mean(), profit_factor


def make():
    np.random.seed(8)
    entry = (100.0 + np.random.randn(25)).astype(np.float32)
    exit_px = (entry + np.random.randn(25)).astype(np.float32)
    qty = np.random.choice([-10.0, 10.0, 20.0], size=(25,)).astype(np.float32)
    return TradeStats(), (Tensor(entry), Tensor(exit_px), Tensor(qty))
