# case: rolls a brood-temperature model forward a fixed number of steps with a sliding window kept at constant length -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BroodTempForecaster(nn.Cell):
    """Fixed-horizon autoregressive forecast; window length never changes."""

    def __init__(self, window=6, horizon=4):
        super().__init__()
        self.step = nn.Dense(window, 1)
        self.window = window
        self.horizon = horizon

    def construct(self, history):
        win = history[:, -self.window:]
        preds = []
        for _ in range(self.horizon):
            nxt = self.step(win)
            preds.append(nxt)
            win = ops.concat((win[:, 1:], nxt), axis=1)
        return ops.concat(preds, axis=1)


def make():
    np.random.seed(11)
    hist = (34.5 + np.random.randn(3, 12) * 0.3).astype(np.float32)
    return BroodTempForecaster(), (Tensor(hist),)
