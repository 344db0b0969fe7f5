# case: rolling volatility over a variable-length price history, converting the valid length tensor with int() to slice the window -> int() of tensor used as slice bound fails or becomes dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RollingVol(nn.Cell):
    def __init__(self, window=5, annualize=252):
        super().__init__()
        self.window = window
        self.scale = float(np.sqrt(annualize))

    def log_returns(self, px):
        return ops.log(px[1:] / px[:-1])

    def construct(self, prices, length):
        valid = int(length)
        hist = prices[:valid]
        r = self.log_returns(hist)
        tail = r[-self.window:]
        vol = ops.std(tail, ddof=1) * self.scale
        return vol


def make():
    np.random.seed(2)
    px = 100 * np.exp(np.cumsum(np.random.randn(30) * 0.01))
    prices = Tensor(px.astype(np.float32))
    length = Tensor(22, ms.int32)
    return RollingVol(), (prices, length)
