# case: sub-Cell returns a float stockout mask and the parent multiplies it into forecast*price for lost sales -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StockoutMask(nn.Cell):
    def __init__(self, min_units=0.5):
        super().__init__()
        self.min_units = min_units

    def construct(self, on_hand):
        return (on_hand < self.min_units).astype(ms.float32)


class LostSales(nn.Cell):
    def __init__(self, margin=0.3):
        super().__init__()
        self.margin = margin
        self.mask = StockoutMask()

    def construct(self, on_hand, forecast, price):
        m = self.mask(on_hand)
        lost = forecast * price * m * self.margin
        per_store = lost.sum(axis=1)
        return per_store, m.sum()


def make():
    np.random.seed(36)
    on_hand = Tensor(np.maximum(np.random.randint(-5, 20, size=(3, 8)), 0).astype(np.float32))
    forecast = Tensor(np.random.uniform(1, 10, size=(3, 8)).astype(np.float32))
    price = Tensor(np.random.uniform(3, 30, size=(3, 8)).astype(np.float32))
    return LostSales(), (on_hand, forecast, price)
