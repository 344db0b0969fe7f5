# case: computes per-asset order side, rounded quantity and signed notional as tensors returned in a tuple (no Python objects built) -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OrderGenerator(nn.Cell):
    def __init__(self, lot_size=1.0, min_notional=100.0):
        super().__init__()
        self.lot_size = lot_size
        self.min_notional = min_notional

    def round_lots(self, qty):
        return ops.floor(ops.abs(qty) / self.lot_size) * self.lot_size

    def construct(self, trades, prices):
        side = ops.sign(trades)
        qty = self.round_lots(trades)
        notional = side * qty * prices
        keep = ops.abs(notional) >= self.min_notional
        qty = ops.where(keep, qty, ops.zeros_like(qty))
        return side, qty, (side * qty * prices).sum()


def make():
    np.random.seed(22)
    trades = (50.0 * np.random.randn(5)).astype(np.float32)
    prices = (10.0 + 90.0 * np.random.rand(5)).astype(np.float32)
    return OrderGenerator(lot_size=5.0), (Tensor(trades), Tensor(prices))
