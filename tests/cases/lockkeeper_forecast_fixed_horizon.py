# case: autoregressive water-level forecast over a fixed horizon of 8 steps taken from config -> loop over range(python int), expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LevelStep(nn.Cell):
    def __init__(self, n_in=6, hidden=12):
        super().__init__()
        self.fc1 = nn.Dense(n_in, hidden)
        self.act = nn.Tanh()
        self.fc2 = nn.Dense(hidden, 1)

    def construct(self, window):
        return self.fc2(self.act(self.fc1(window)))


class HorizonForecaster(nn.Cell):
    def __init__(self, window=6, horizon=8):
        super().__init__()
        self.window = window
        self.horizon = horizon
        self.step = LevelStep(window)

    def construct(self, history):
        window = history[:, -self.window:]
        preds = []
        for _ in range(self.horizon):
            nxt = self.step(window)
            preds.append(nxt)
            window = ops.concat((window[:, 1:], nxt), axis=1)
        return ops.concat(preds, axis=1)


def make():
    np.random.seed(42)
    ms.set_seed(42)
    hist = (2.0 + np.sin(np.linspace(0, 3, 24))[None, :] + np.random.randn(3, 24) * 0.05).astype(np.float32)
    return HorizonForecaster(), (Tensor(hist),)
