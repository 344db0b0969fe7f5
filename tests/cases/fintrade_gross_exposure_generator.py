# case: computes long and short gross exposure with Python generator expressions filtering tensor elements by sign inside construct -> error or unrolled control flow in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExposureReport(nn.Cell):
    def __init__(self, leverage_cap=2.0):
        super().__init__()
        self.leverage_cap = leverage_cap

    def construct(self, positions, prices, equity):
        notionals = positions * prices
        long_gross = sum(v for v in notionals if v > 0)
        short_gross = sum(-v for v in notionals if v < 0)
        leverage = (long_gross + short_gross) / equity
        breach = leverage > self.leverage_cap
        return long_gross, short_gross, breach


def make():
    np.random.seed(35)
    pos = np.random.randint(-200, 200, size=(7,)).astype(np.float32)
    px = (10.0 + 40.0 * np.random.rand(7)).astype(np.float32)
    return ExposureReport(), (Tensor(pos), Tensor(px), Tensor(np.float32(50000.0)))
