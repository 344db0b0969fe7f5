# case: roll a feeding-schedule forecast forward for a configured number of days (Python int) collecting daily rations in a list -> unrolled constant loop, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RationForecastFixed(nn.Cell):
    def __init__(self, n_items=5, plan_days=7):
        super().__init__()
        self.plan_days = plan_days
        self.step = nn.Dense(n_items, n_items)

    def next_day(self, ration):
        return ops.relu(ration + 0.1 * self.step(ration))

    def construct(self, ration):
        daily = []
        for _ in range(self.plan_days):
            ration = self.next_day(ration)
            daily.append(ration)
        return ops.stack(daily)


def make():
    np.random.seed(162)
    ration = Tensor(np.random.uniform(100, 500, size=(1, 5)).astype(np.float32))
    return RationForecastFixed(), (ration,)
