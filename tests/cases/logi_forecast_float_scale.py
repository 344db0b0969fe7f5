# case: demand forecast per warehouse scaled by a seasonality factor converted with float() from a tensor -> float(t) on a tensor in construct, host conversion, may error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeasonalForecaster(nn.Cell):
    def __init__(self, history_len=8, hidden=16):
        super().__init__()
        self.fc1 = nn.Dense(history_len, hidden)
        self.fc2 = nn.Dense(hidden, 1)
        self.relu = nn.ReLU()

    def construct(self, history, season_index):
        factor = float(season_index.max()) / 12.0
        h = self.relu(self.fc1(history))
        base = self.fc2(h).squeeze(-1)
        return base * (1.0 + factor)


def make():
    np.random.seed(7)
    history = Tensor(np.random.uniform(50, 150, size=(5, 8)).astype(np.float32))
    season = Tensor(np.array([3, 4, 5], dtype=np.float32))
    return SeasonalForecaster(), (history, season)
