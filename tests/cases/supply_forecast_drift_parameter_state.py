# case: forecaster keeps its previous forecast in a non-trainable Parameter updated with ops.assign -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StatefulForecaster(nn.Cell):
    def __init__(self, num_skus=7, window=4):
        super().__init__()
        self.window = window
        self.prev_forecast = Parameter(Tensor(np.zeros(num_skus, dtype=np.float32)),
                                       name="prev_forecast", requires_grad=False)

    def construct(self, weekly_demand):
        recent = weekly_demand[:, -self.window:]
        forecast = recent.mean(axis=1)
        drift = forecast - self.prev_forecast
        ops.assign(self.prev_forecast, forecast)
        return forecast, drift


def make():
    np.random.seed(21)
    weekly = Tensor(np.random.poisson(25, size=(7, 12)).astype(np.float32))
    return StatefulForecaster(), (weekly,)
