# case: per-store demand forecaster averages sales only over days the store was open using masked_select -> dynamic-shape op in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OpenDayAverage(nn.Cell):
    def construct(self, sales, is_open):
        open_sales = ops.masked_select(sales, is_open)
        return open_sales.mean()


class StoreDemandForecaster(nn.Cell):
    def __init__(self, horizon=7):
        super().__init__()
        self.horizon = horizon
        self.avg = OpenDayAverage()
        self.trend = nn.Dense(14, horizon)

    def construct(self, sales, is_open):
        base = self.avg(sales, is_open)
        delta = self.trend(sales.reshape(1, -1))
        return base + delta


def make():
    np.random.seed(2)
    sales = Tensor(np.random.poisson(20, size=(14,)).astype(np.float32))
    is_open = Tensor(np.random.rand(14) > 0.2)
    return StoreDemandForecaster(), (sales, is_open)
