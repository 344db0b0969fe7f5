# case: ticket demand forecaster wraps the seasonal adjustment in try/except and falls back to the raw forecast -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeasonalTicketForecaster(nn.Cell):
    def __init__(self, n_features=8, n_weeks=52):
        super().__init__()
        self.fc = nn.Dense(n_features, 1)
        self.season = Tensor(1.0 + 0.3 * np.sin(np.linspace(0, 2 * np.pi, n_weeks)).astype(np.float32))

    def construct(self, feats, week_idx):
        raw = ops.relu(self.fc(feats)).reshape(-1)
        try:
            adjusted = raw * ops.gather(self.season, week_idx, 0)
        except IndexError:
            adjusted = raw
        return adjusted


def make():
    np.random.seed(13)
    feats = np.random.rand(7, 8).astype(np.float32)
    weeks = np.arange(20, 27).astype(np.int32)
    return SeasonalTicketForecaster(), (Tensor(feats), Tensor(weeks))
