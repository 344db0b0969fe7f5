# case: signal cell logs each bar with print of an f-string containing tensor values inside construct -> error or unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossoverSignal(nn.Cell):
    def __init__(self, fast=3, slow=8):
        super().__init__()
        self.fast = fast
        self.slow = slow

    def sma(self, x, n):
        return x[-n:].mean()

    def construct(self, prices):
        fast_ma = self.sma(prices, self.fast)
        slow_ma = self.sma(prices, self.slow)
        spread = fast_ma - slow_ma
        print(f"fast={fast_ma} slow={slow_ma} spread={spread}")
        signal = ops.sign(spread)
        return signal


def make():
    np.random.seed(25)
    prices = (20.0 + np.cumsum(0.2 * np.random.randn(30))).astype(np.float32)
    return CrossoverSignal(), (Tensor(prices),)
