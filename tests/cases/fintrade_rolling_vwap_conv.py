# case: rolling VWAP over a fixed window computed with cumsum differences on device -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RollingVWAP(nn.Cell):
    def __init__(self, window=5):
        super().__init__()
        self.window = window

    def rolling_sum(self, x):
        c = ops.cumsum(x, axis=-1)
        head = c[..., self.window - 1:self.window]
        tail = c[..., self.window:] - c[..., :-self.window]
        return ops.concat((head, tail), axis=-1)

    def construct(self, prices, volumes):
        pv = self.rolling_sum(prices * volumes)
        v = self.rolling_sum(volumes)
        vwap = pv / (v + 1e-6)
        dev = prices[..., self.window - 1:] / vwap - 1.0
        return vwap, dev


def make():
    np.random.seed(15)
    prices = (50.0 + np.cumsum(0.1 * np.random.randn(3, 24), axis=1)).astype(np.float32)
    volumes = np.random.randint(100, 1000, size=(3, 24)).astype(np.float32)
    return RollingVWAP(window=5), (Tensor(prices), Tensor(volumes))
