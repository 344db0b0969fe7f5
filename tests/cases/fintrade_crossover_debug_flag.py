# case: moving-average crossover with a Python-bool debug flag set in __init__ (False), so the print branch is folded away -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MACrossover(nn.Cell):
    def __init__(self, fast=3, slow=8, debug=False):
        super().__init__()
        self.fast = fast
        self.slow = slow
        self.debug = debug

    def sma(self, x, n):
        return x[:, -n:].mean(axis=1)

    def construct(self, prices):
        fast_ma = self.sma(prices, self.fast)
        slow_ma = self.sma(prices, self.slow)
        spread = (fast_ma - slow_ma) / slow_ma
        if self.debug:
            print("spread", spread)
        return ops.tanh(spread * 50.0)


def make():
    np.random.seed(26)
    prices = (20.0 + np.cumsum(0.2 * np.random.randn(6, 30), axis=1)).astype(np.float32)
    return MACrossover(debug=False), (Tensor(prices),)
