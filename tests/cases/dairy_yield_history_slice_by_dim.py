# case: milk-yield forecaster slices the daily history to the first n days where n is a tensor of days-in-milk -> dynamic shape or error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YieldForecaster(nn.Cell):
    def __init__(self, max_days=30, hidden=16):
        super().__init__()
        self.max_days = max_days
        self.proj = nn.Dense(1, hidden)
        self.head = nn.Dense(hidden, 1)
        self.relu = nn.ReLU()

    def recent_window(self, daily_yield, days_in_milk):
        # keep only the days the cow has actually been milked
        return daily_yield[:, :days_in_milk]

    def construct(self, daily_yield, days_in_milk):
        window = self.recent_window(daily_yield, days_in_milk)
        feats = self.relu(self.proj(window.expand_dims(-1)))
        pooled = feats.mean(axis=1)
        return self.head(pooled).squeeze(-1)


def make():
    np.random.seed(0)
    daily = Tensor(np.random.uniform(18.0, 38.0, (4, 30)).astype(np.float32))
    dim = Tensor(21, ms.int32)
    return YieldForecaster(), (daily, dim)
