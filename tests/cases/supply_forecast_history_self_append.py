# case: forecaster keeps a running list of past forecasts on self and appends to it inside construct -> attribute mutation of a Python list in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RollingForecaster(nn.Cell):
    def __init__(self, window=4):
        super().__init__()
        self.window = window
        self.past_forecasts = []

    def construct(self, weekly_demand):
        recent = weekly_demand[:, -self.window:]
        forecast = recent.mean(axis=1)
        self.past_forecasts.append(forecast)
        if len(self.past_forecasts) > 1:
            drift = forecast - self.past_forecasts[-2]
        else:
            drift = ops.zeros_like(forecast)
        return forecast, drift


def make():
    np.random.seed(20)
    weekly = Tensor(np.random.poisson(25, size=(7, 12)).astype(np.float32))
    return RollingForecaster(), (weekly,)
