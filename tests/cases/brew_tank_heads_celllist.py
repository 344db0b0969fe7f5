# case: per-tank gravity forecasting heads stored in an nn.CellList and applied in a loop over the static number of tanks -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TankForecastHead(nn.Cell):
    def __init__(self, window, horizon):
        super().__init__()
        self.fc = nn.Dense(window, horizon)

    def construct(self, x):
        return x[:, -1:] - ops.softplus(self.fc(x - x[:, -1:])) * 0.001


class CellarForecaster(nn.Cell):
    def __init__(self, n_tanks=3, window=8, horizon=4):
        super().__init__()
        self.heads = nn.CellList([TankForecastHead(window, horizon) for _ in range(n_tanks)])

    def construct(self, windows):
        preds = []
        for i, head in enumerate(self.heads):
            preds.append(head(windows[i]))
        return ops.stack(preds, axis=0)


def make():
    np.random.seed(34)
    w = (1.040 - np.cumsum(np.random.uniform(0, 0.003, size=(3, 2, 8)), axis=-1)).astype(np.float32)
    return CellarForecaster(), (Tensor(w),)
