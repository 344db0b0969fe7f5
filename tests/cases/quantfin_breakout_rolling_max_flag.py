# case: Donchian breakout signal with a Python-bool log-returns flag and a rolling max built from a constant loop of shifted slices -> flag and loop resolved at compile time, static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DonchianBreakout(nn.Cell):
    def __init__(self, window=8, use_log=True):
        super().__init__()
        self.window = window
        self.use_log = use_log

    def rolling_max(self, x):
        t = x.shape[-1]
        out = x[..., self.window - 1:]
        for lag in range(1, self.window):
            out = ops.maximum(out, x[..., self.window - 1 - lag:t - lag])
        return out

    def construct(self, prices):
        if self.use_log:
            x = ops.log(prices)
        else:
            x = prices
        hi = self.rolling_max(x[..., :-1])
        today = x[..., self.window:]
        return (today > hi).astype(ms.float32)


def make():
    np.random.seed(36)
    px = 100 * np.exp(np.cumsum(np.random.randn(4, 30) * 0.02, axis=1))
    return DonchianBreakout(), (Tensor(px.astype(np.float32)),)
