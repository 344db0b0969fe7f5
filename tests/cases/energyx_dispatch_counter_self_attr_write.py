# case: battery dispatcher stores the last action and increments a Python call counter on self inside construct -> attribute writes on self in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PriceArbitrageDispatcher(nn.Cell):
    def __init__(self, buy_below=0.15, sell_above=0.35, power_kw=3.0):
        super().__init__()
        self.buy_below = buy_below
        self.sell_above = sell_above
        self.power_kw = power_kw
        self.n_calls = 0
        self.last_action = None

    def construct(self, price):
        charge = ops.cast(price < self.buy_below, ms.float32)
        discharge = ops.cast(price > self.sell_above, ms.float32)
        action = (charge - discharge) * self.power_kw
        self.n_calls = self.n_calls + 1
        self.last_action = action
        return action


def make():
    np.random.seed(12)
    price = np.random.uniform(0.05, 0.5, size=(24,)).astype(np.float32)
    return PriceArbitrageDispatcher(), (Tensor(price),)
