# case: increments a module-level global call counter and stores the last forecast in a global dict inside construct -> error or fallback (global state mutation)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FORECAST_CALLS = 0
LAST_FORECAST = {}


class ExpSmoothingForecast(nn.Cell):
    def __init__(self, alpha=0.3):
        super().__init__()
        self.alpha = alpha

    def construct(self, loads):
        global FORECAST_CALLS
        level = loads[:, 0]
        for t in range(1, loads.shape[1]):
            level = self.alpha * loads[:, t] + (1 - self.alpha) * level
        FORECAST_CALLS = FORECAST_CALLS + 1
        LAST_FORECAST["level"] = level
        return level


def make():
    np.random.seed(33)
    loads = Tensor(np.random.uniform(40, 90, size=(4, 12)).astype(np.float32))
    return ExpSmoothingForecast(), (loads,)
