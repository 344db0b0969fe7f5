# case: sub-Cell finds stocked-out (store, SKU) pairs with ops.argwhere and the parent sums lost sales at those positions -> dynamic shape inside a sub-Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StockoutLocator(nn.Cell):
    def __init__(self, min_units=0.5):
        super().__init__()
        self.min_units = min_units

    def construct(self, on_hand):
        return ops.argwhere(on_hand < self.min_units)


class LostSalesEstimator(nn.Cell):
    def __init__(self, margin=0.3):
        super().__init__()
        self.margin = margin
        self.locator = StockoutLocator()

    def construct(self, on_hand, forecast, price):
        pos = self.locator(on_hand)
        lost_units = ops.gather_nd(forecast, pos)
        lost_price = ops.gather_nd(price, pos)
        return (lost_units * lost_price * self.margin).sum(), pos


def make():
    np.random.seed(35)
    on_hand = Tensor(np.maximum(np.random.randint(-5, 20, size=(3, 8)), 0).astype(np.float32))
    forecast = Tensor(np.random.uniform(1, 10, size=(3, 8)).astype(np.float32))
    price = Tensor(np.random.uniform(3, 30, size=(3, 8)).astype(np.float32))
    return LostSalesEstimator(), (on_hand, forecast, price)
