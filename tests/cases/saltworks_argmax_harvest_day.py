# case: choose the best harvest day per crystalliser from a 10-day crust forecast with argmax and gather the forecast crust on that day -> all shapes fixed, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrustForecaster(nn.Cell):
    def __init__(self, n_weather=4, hidden=16, horizon=10):
        super().__init__()
        self.net = nn.SequentialCell([
            nn.Dense(n_weather, hidden),
            nn.ReLU(),
            nn.Dense(hidden, horizon),
        ])

    def construct(self, weather):
        return ops.cumsum(ops.relu(self.net(weather)), axis=1)


class HarvestDayPicker(nn.Cell):
    def __init__(self, rain_penalty=3.0):
        super().__init__()
        self.forecaster = CrustForecaster()
        self.rain_penalty = rain_penalty

    def construct(self, weather, rain_prob):
        crust = self.forecaster(weather)
        utility = crust - self.rain_penalty * rain_prob
        best_day = ops.argmax(utility, dim=1)
        best_crust = ops.gather_elements(crust, 1, best_day.reshape(-1, 1))
        return best_day, best_crust.squeeze(1)


def make():
    np.random.seed(8)
    weather = Tensor(np.random.randn(12, 4).astype(np.float32))
    rain = Tensor(np.random.uniform(0, 1, size=(12, 10)).astype(np.float32))
    return HarvestDayPicker(), (weather, rain)
