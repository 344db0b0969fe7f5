# case: feeder load forecaster truncates the 48-step forecast to the dispatch horizon read with .item() from an input tensor -> slice length from tensor value, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeederForecaster(nn.Cell):
    def __init__(self, n_lags=24, n_out=48, hidden=32):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(n_lags, hidden), nn.ReLU(), nn.Dense(hidden, hidden), nn.ReLU()])
        self.decoder = nn.Dense(hidden, n_out)

    def construct(self, load_kw, horizon):
        h = self.encoder(load_kw / 1000.0)
        fc = self.decoder(h) * 1000.0
        steps = horizon.item()
        return fc[:, :steps]


def make():
    np.random.seed(41)
    load = (np.random.rand(6, 24) * 800 + 200).astype(np.float32)
    return FeederForecaster(), (Tensor(load), Tensor(np.array(12, np.int32)))
