# case: signal filter accepting a threshold that may be a Python float or a per-asset Tensor, dispatching with isinstance in construct -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BreakoutFilter(nn.Cell):
    def __init__(self, window=10):
        super().__init__()
        self.window = window

    def channel(self, highs, lows):
        return highs[:, -self.window:].max(axis=1), lows[:, -self.window:].min(axis=1)

    def construct(self, highs, lows, close, threshold):
        hi, lo = self.channel(highs[:, :-1], lows[:, :-1])
        width = (hi - lo) / close
        if isinstance(threshold, float):
            thr = ops.fill(ms.float32, width.shape, threshold)
        else:
            thr = threshold
        up = (close > hi) & (width > thr)
        down = (close < lo) & (width > thr)
        return up.astype(ms.float32) - down.astype(ms.float32)


def make():
    np.random.seed(39)
    base = 50.0 + np.cumsum(np.random.randn(5, 20), axis=1)
    highs = (base + np.random.rand(5, 20)).astype(np.float32)
    lows = (base - np.random.rand(5, 20)).astype(np.float32)
    close = (base[:, -1] + 2.0 * np.random.randn(5)).astype(np.float32)
    return BreakoutFilter(), (Tensor(highs), Tensor(lows), Tensor(close), 0.02)
