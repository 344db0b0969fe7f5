# case: store forecaster reshapes daily sales into weeks using sizes from x.shape and averages the weekly projections -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeeklyDemand(nn.Cell):
    def __init__(self, days=7, horizon=2):
        super().__init__()
        self.days = days
        self.proj = nn.Dense(days, horizon)

    def construct(self, daily_sales):
        n_stores, n_days = daily_sales.shape
        weeks = n_days // self.days
        weekly = daily_sales[:, :weeks * self.days].reshape(n_stores, weeks, self.days)
        forecast = self.proj(weekly.reshape(n_stores * weeks, self.days))
        return forecast.reshape(n_stores, weeks, -1).mean(axis=1)


def make():
    np.random.seed(25)
    sales = Tensor(np.random.poisson(30, size=(3, 30)).astype(np.float32))
    return WeeklyDemand(), (sales,)
