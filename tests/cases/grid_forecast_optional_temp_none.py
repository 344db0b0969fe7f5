# case: load forecaster with an optional temperature input guarded by an `is None` test and a Python bool for holidays -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoadForecaster(nn.Cell):
    def __init__(self, lags=24, horizon=6, use_holiday=False):
        super().__init__()
        self.base = nn.Dense(lags, horizon)
        self.temp_head = nn.Dense(horizon, horizon)
        self.use_holiday = use_holiday
        self.holiday_scale = 0.85

    def construct(self, lag_loads, temperature=None):
        fc = self.base(lag_loads)
        if temperature is not None:
            cooling = ops.relu(temperature - 22.0)
            fc = fc + self.temp_head(cooling)
        if self.use_holiday:
            fc = fc * self.holiday_scale
        return fc


def make():
    np.random.seed(29)
    lags = Tensor(np.random.uniform(40, 80, size=(5, 24)).astype(np.float32))
    temp = Tensor(np.random.uniform(15, 35, size=(5, 6)).astype(np.float32))
    return LoadForecaster(), (lags, temp)
