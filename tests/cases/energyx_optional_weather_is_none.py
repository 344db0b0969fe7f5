# case: forecaster adds a temperature correction only when an optional weather tensor is passed, tested with `is None` -> constant None test, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeatherAwareForecaster(nn.Cell):
    def __init__(self, history=24, horizon=6):
        super().__init__()
        self.base = nn.Dense(history, horizon)
        self.temp_coef = nn.Dense(horizon, horizon, has_bias=False)

    def construct(self, history, temperature=None):
        pred = self.base(history)
        if temperature is not None:
            pred = pred + self.temp_coef(temperature - 18.0)
        return ops.relu(pred)


def make():
    np.random.seed(36)
    hist = np.random.uniform(0.2, 3.0, size=(4, 24)).astype(np.float32)
    return WeatherAwareForecaster(), (Tensor(hist), None)
