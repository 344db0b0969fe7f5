# case: rolling mean and z-score of prices with a constructor-fixed window via cumsum differences over a padded history -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RollingZScore(nn.Cell):
    def __init__(self, window=10):
        super().__init__()
        self.window = window

    def rolling_mean(self, x):
        c = ops.cumsum(x, axis=-1)
        pad = ops.zeros(x.shape[:-1] + (1,), x.dtype)
        c = ops.concat((pad, c), axis=-1)
        return (c[..., self.window:] - c[..., :-self.window]) / self.window

    def construct(self, prices):
        m = self.rolling_mean(prices)
        m2 = self.rolling_mean(prices * prices)
        sd = ops.sqrt(ops.relu(m2 - m * m) + 1e-8)
        last = prices[..., self.window - 1:]
        return (last - m) / sd


def make():
    np.random.seed(35)
    px = 100 + np.cumsum(np.random.randn(3, 40), axis=1)
    return RollingZScore(window=10), (Tensor(px.astype(np.float32)),)
