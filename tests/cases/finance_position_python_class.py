# case: plain Python Position object built from tensors inside construct to compute mark-to-market PnL -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Position:
    """Simple book-keeping record for a vector of holdings."""

    def __init__(self, quantity, entry_price):
        self.quantity = quantity
        self.entry_price = entry_price

    def market_value(self, price):
        return self.quantity * price

    def unrealized_pnl(self, price):
        return self.quantity * (price - self.entry_price)


class MarkToMarket(nn.Cell):
    def __init__(self, fx_rate=1.0):
        super().__init__()
        self.fx_rate = fx_rate

    def construct(self, quantity, entry_price, last_price):
        pos = Position(quantity, entry_price)
        mv = pos.market_value(last_price) * self.fx_rate
        pnl = pos.unrealized_pnl(last_price) * self.fx_rate
        return mv.sum(), pnl.sum()


def make():
    q = np.array([100, -50, 25], np.float32)
    entry = np.array([10.0, 20.0, 40.0], np.float32)
    last = np.array([10.5, 19.0, 41.0], np.float32)
    return MarkToMarket(), (Tensor(q), Tensor(entry), Tensor(last))
