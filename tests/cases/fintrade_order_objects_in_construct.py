# case: builds plain Python Order objects inside construct and mutates their quantity from tensor values before summing notional -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Order:
    def __init__(self, side, price, qty):
        self.side = side
        self.price = price
        self.qty = qty

    def notional(self):
        return self.side * self.price * self.qty


class OrderBuilder(nn.Cell):
    def __init__(self, n_assets=5):
        super().__init__()
        self.n_assets = n_assets

    def construct(self, trades, prices):
        orders = []
        for i in range(self.n_assets):
            side = ops.sign(trades[i])
            o = Order(side, prices[i], ops.abs(trades[i]))
            o.qty = ops.floor(o.qty)
            orders.append(o)
        total = orders[0].notional()
        for o in orders[1:]:
            total = total + o.notional()
        return total


def make():
    np.random.seed(21)
    trades = (50.0 * np.random.randn(5)).astype(np.float32)
    prices = (10.0 + 90.0 * np.random.rand(5)).astype(np.float32)
    return OrderBuilder(), (Tensor(trades), Tensor(prices))
