# case: position sizing converts the account equity tensor to a Python float and uses math to compute the stop distance -> error or host fallback in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RiskSizer(nn.Cell):
    def __init__(self, risk_frac=0.01, atr_mult=2.0):
        super().__init__()
        self.risk_frac = risk_frac
        self.atr_mult = atr_mult

    def construct(self, equity, atr, price):
        budget = float(equity) * self.risk_frac
        stop_dist = self.atr_mult * atr
        shares = budget / stop_dist
        lots = math.floor(float(shares.max()) / 100.0)
        notional = price * shares
        return notional, lots


def make():
    np.random.seed(16)
    atr = (0.5 + np.random.rand(8)).astype(np.float32)
    price = (20.0 + 10.0 * np.random.rand(8)).astype(np.float32)
    return RiskSizer(), (Tensor(np.float32(1e6)), Tensor(atr), Tensor(price))
