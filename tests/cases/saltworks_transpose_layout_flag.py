# case: weather tensor reordered from (day, station, feature) to (station, day, feature) with a permutation chosen by a Python config flag before an evaporation regressor -> perm is a constant tuple, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationEvapRegressor(nn.Cell):
    def __init__(self, n_features=5, station_major=True):
        super().__init__()
        self.perm = (1, 0, 2) if station_major else (0, 1, 2)
        self.dense = nn.Dense(n_features, 1)

    def construct(self, weather):
        x = ops.transpose(weather, self.perm)
        evap = ops.softplus(self.dense(x)).squeeze(-1)
        weekly = evap.sum(axis=1)
        return evap, weekly


def make():
    np.random.seed(45)
    weather = Tensor(np.random.randn(7, 3, 5).astype(np.float32))
    return StationEvapRegressor(), (weather,)
