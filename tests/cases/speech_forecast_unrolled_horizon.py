# case: autoregressive forecaster unrolls a fixed config horizon, sliding the input window each step -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GRUForecaster(nn.Cell):
    def __init__(self, hidden=8, horizon=4, window=10):
        super().__init__()
        self.horizon = horizon
        self.window = window
        self.gru = nn.GRU(1, hidden, batch_first=True)
        self.head = nn.Dense(hidden, 1)

    def one_step(self, window):
        out, _ = self.gru(window.expand_dims(-1))
        return self.head(out[:, -1])          # (B, 1)

    def construct(self, series):
        window = series[:, -self.window:]
        preds = []
        for _ in range(self.horizon):
            y = self.one_step(window)
            preds.append(y)
            window = ops.concat([window[:, 1:], y], axis=1)
        return ops.concat(preds, axis=1)


def make():
    np.random.seed(34)
    series = Tensor(np.random.randn(2, 16).astype(np.float32))
    return GRUForecaster(), (series,)
