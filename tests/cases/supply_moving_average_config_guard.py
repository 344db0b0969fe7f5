# case: SKU demand moving average via avg_pool1d with window from a config dict read in __init__ and an isinstance guard for tuple inputs -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FORECAST_CONFIG = {"window": 4, "damping": 0.9, "floor": 0.0}


class ForecastSettings:
    def __init__(self, cfg):
        self.window = cfg["window"]
        self.damping = cfg["damping"]
        self.floor = cfg["floor"]


class MovingAverageForecaster(nn.Cell):
    def __init__(self, cfg=FORECAST_CONFIG):
        super().__init__()
        settings = ForecastSettings(cfg)
        self.window = settings.window
        self.damping = settings.damping
        self.floor = settings.floor

    def construct(self, demand):
        if isinstance(demand, tuple):
            demand = ops.cat(demand, axis=0)
        smoothed = ops.avg_pool1d(demand.expand_dims(1), kernel_size=self.window, stride=1).squeeze(1)
        next_period = smoothed[:, -1] * self.damping
        return ops.clamp(next_period, min=self.floor), smoothed


def make():
    np.random.seed(39)
    store_a = Tensor(np.random.poisson(12, size=(3, 16)).astype(np.float32))
    store_b = Tensor(np.random.poisson(20, size=(2, 16)).astype(np.float32))
    return MovingAverageForecaster(), ((store_a, store_b),)
