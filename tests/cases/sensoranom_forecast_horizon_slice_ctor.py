# case: forecast-based detector slicing history and horizon with lengths from the constructor -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForecastResidual(nn.Cell):
    def __init__(self, history=12, horizon=4):
        super().__init__()
        self.history = history
        self.horizon = horizon
        self.forecaster = nn.Dense(history, horizon)

    def construct(self, series):
        past = series[:, :self.history]
        future = series[:, self.history:self.history + self.horizon]
        pred = self.forecaster(past)
        resid = ops.abs(future - pred)
        return resid.max(axis=1), resid


def make():
    np.random.seed(37)
    series = Tensor(np.random.randn(6, 20).astype(np.float32))
    return ForecastResidual(), (series,)
