# case: MLP predicting Sound crossing time from wind, swell, tide and load features, layers built in a Python loop -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossingTimeRegressor(nn.Cell):
    """Predicts crossing duration (minutes) for each scheduled sailing."""

    def __init__(self, n_features=6, hidden=(32, 16), dropout_keep=0.9):
        super().__init__()
        layers = []
        width = n_features
        for h in hidden:
            layers.append(nn.Dense(width, h))
            layers.append(nn.ReLU())
            width = h
        self.body = nn.SequentialCell(layers)
        self.head = nn.Dense(width, 1)
        self.base_minutes = 35.0
        self.dropout = nn.Dropout(p=1.0 - dropout_keep)

    def construct(self, features):
        z = self.body(features)
        z = self.dropout(z)
        delta = self.head(z)
        return self.base_minutes + ops.squeeze(delta, -1)


def make():
    np.random.seed(314)
    # wind_kn, swell_m, tide_rate, vehicles, passengers, visibility_km
    feats = np.random.rand(24, 6).astype(np.float32)
    net = CrossingTimeRegressor()
    net.set_train(False)
    return net, (Tensor(feats),)
