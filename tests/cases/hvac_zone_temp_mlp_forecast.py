# case: MLP predicts next-hour zone temperatures from weather and schedule features, batch size read from x.shape -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneTempForecaster(nn.Cell):
    def __init__(self, n_features=8, n_zones=6, hidden=32, dropout=0.1):
        super().__init__()
        self.body = nn.SequentialCell([
            nn.Dense(n_features, hidden),
            nn.ReLU(),
            nn.Dropout(p=dropout),
            nn.Dense(hidden, hidden),
            nn.ReLU(),
        ])
        self.head = nn.Dense(hidden, n_zones)
        self.n_zones = n_zones

    def normalise(self, x):
        mean = x.mean(axis=0, keep_dims=True)
        std = x.std(axis=0, keepdims=True) + 1e-5
        return (x - mean) / std

    def construct(self, features, last_temp):
        batch = features.shape[0]
        h = self.body(self.normalise(features))
        delta = self.head(h)
        return last_temp.reshape(batch, self.n_zones) + delta


def make():
    np.random.seed(0)
    net = ZoneTempForecaster()
    net.set_train(False)
    feats = Tensor(np.random.randn(16, 8).astype(np.float32))
    last = Tensor((21.0 + np.random.randn(16, 6)).astype(np.float32))
    return net, (feats, last)
