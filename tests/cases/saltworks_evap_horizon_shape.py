# case: evaporation-rate forecast trimmed to the first half of the model's horizon, length taken from the output's static shape -> slice bound is a shape, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EvapForecaster(nn.Cell):
    """Daily pan evaporation (mm/day) from temperature, humidity, wind, radiation."""

    def __init__(self, n_features=4, hidden=32, max_days=14):
        super().__init__()
        self.encoder = nn.Dense(n_features, hidden)
        self.head = nn.Dense(hidden, max_days)
        self.act = nn.Tanh()

    def construct(self, weather):
        h = self.act(self.encoder(weather))
        evap = ops.softplus(self.head(h))
        days = evap.shape[1] // 2
        near_term = evap[:, :days]
        cumulative = ops.cumsum(near_term, axis=1)
        return near_term, cumulative[:, -1]


def make():
    np.random.seed(17)
    weather = Tensor(np.random.randn(6, 4).astype(np.float32))
    return EvapForecaster(), (weather,)
