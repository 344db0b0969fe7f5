# case: keeps appending brood-temperature forecasts to a growing tensor in a while loop until the forecast is stable -> error or dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BroodTempForecaster(nn.Cell):
    """Rolls a 1-step brood-temperature model forward until it settles near 35 C."""

    def __init__(self, window=6, tol=0.05, max_steps=20):
        super().__init__()
        self.step = nn.Dense(window, 1)
        self.window = window
        self.tol = tol
        self.max_steps = max_steps

    def construct(self, history):
        series = history
        delta = Tensor(1.0, ms.float32)
        steps = 0
        while delta > self.tol and steps < self.max_steps:
            nxt = self.step(series[-self.window:].reshape(1, -1)).reshape(1)
            delta = ops.abs(nxt - series[-1]).squeeze()
            series = ops.concat((series, nxt))
            steps += 1
        return series


def make():
    np.random.seed(10)
    hist = (34.5 + np.random.randn(12) * 0.3).astype(np.float32)
    return BroodTempForecaster(), (Tensor(hist),)
