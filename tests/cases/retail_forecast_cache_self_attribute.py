# case: demand forecaster caches its latest forecast and a call counter as attributes on self inside construct -> attribute writes on self in construct, limited in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachingForecaster(nn.Cell):
    def __init__(self, history=10, horizon=3):
        super().__init__()
        self.net = nn.Dense(history, horizon)
        self.calls = 0
        self.last_forecast = None

    def construct(self, history):
        forecast = ops.relu(self.net(history))
        self.calls = self.calls + 1
        self.last_forecast = forecast
        return forecast


def make():
    np.random.seed(31)
    hist = Tensor(np.random.uniform(10, 50, size=(4, 10)).astype(np.float32))
    return CachingForecaster(), (hist,)
