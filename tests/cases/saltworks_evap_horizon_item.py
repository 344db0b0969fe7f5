# case: evaporation-rate forecast from weather features, trimmed to the planning horizon (days) read from an operator tensor with .item() -> slice length from tensor values, expect rejection or dynamic shape
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

    def construct(self, weather, horizon_days):
        h = self.act(self.encoder(weather))
        evap = ops.softplus(self.head(h))
        days = horizon_days.item()
        evap = evap[:, :days]
        cumulative = ops.cumsum(evap, axis=1)
        return evap, cumulative[:, -1]


def make():
    np.random.seed(17)
    weather = Tensor(np.random.randn(6, 4).astype(np.float32))
    horizon = Tensor(np.array(7, dtype=np.int32))
    return EvapForecaster(), (weather, horizon)
