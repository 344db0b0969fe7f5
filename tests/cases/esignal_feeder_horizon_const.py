# case: feeder load forecaster truncates the forecast to a dispatch horizon given as a constructor config int -> constant slice, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeederForecaster(nn.Cell):
    def __init__(self, n_lags=24, n_out=48, hidden=32, horizon=12):
        super().__init__()
        self.horizon = horizon
        self.encoder = nn.SequentialCell([nn.Dense(n_lags, hidden), nn.ReLU(), nn.Dense(hidden, hidden), nn.ReLU()])
        self.decoder = nn.Dense(hidden, n_out)

    def construct(self, load_kw):
        h = self.encoder(load_kw / 1000.0)
        fc = self.decoder(h) * 1000.0
        return fc[:, :self.horizon]


def make():
    np.random.seed(42)
    load = (np.random.rand(6, 24) * 800 + 200).astype(np.float32)
    return FeederForecaster(horizon=16), (Tensor(load),)
