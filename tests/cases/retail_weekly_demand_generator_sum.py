# case: store forecaster sums per-week demand with a generator expression over week slices inside construct -> generator expression in construct, limited in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeeklyDemand(nn.Cell):
    def __init__(self, weeks=4, days=7):
        super().__init__()
        self.weeks = weeks
        self.days = days
        self.scale = nn.Dense(days, 1)

    def construct(self, daily_sales):
        total = sum(self.scale(daily_sales[:, w * self.days:(w + 1) * self.days]) for w in range(self.weeks))
        return total / self.weeks


def make():
    np.random.seed(24)
    sales = Tensor(np.random.poisson(30, size=(3, 28)).astype(np.float32))
    return WeeklyDemand(), (sales,)
