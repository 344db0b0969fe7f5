# case: roll a feeding-schedule forecast forward for as many days as the keeper's plan tensor says, via range(int(tensor)) and a growing list of daily rations -> loop count from data, Graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RationForecast(nn.Cell):
    def __init__(self, n_items=5):
        super().__init__()
        self.step = nn.Dense(n_items, n_items)

    def next_day(self, ration):
        return ops.relu(ration + 0.1 * self.step(ration))

    def construct(self, ration, plan_days):
        daily = []
        for _ in range(int(plan_days)):
            ration = self.next_day(ration)
            daily.append(ration)
        return ops.stack(daily)


def make():
    np.random.seed(161)
    ration = Tensor(np.random.uniform(100, 500, size=(1, 5)).astype(np.float32))
    return RationForecast(), (ration, Tensor(7, ms.int32))
