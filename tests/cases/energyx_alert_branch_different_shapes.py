# case: when the daily total exceeds a budget, returns only the evening hours, otherwise the full day -> if on tensor value with branches of different shapes, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BudgetView(nn.Cell):
    def __init__(self, daily_budget_kwh=30.0, evening_start=17):
        super().__init__()
        self.budget = daily_budget_kwh
        self.evening_start = evening_start

    def construct(self, hourly):
        total = hourly.sum()
        if total > self.budget:
            view = hourly[:, self.evening_start:]
        else:
            view = hourly
        return view * 1.0


def make():
    np.random.seed(17)
    hourly = np.random.uniform(1.0, 2.5, size=(1, 24)).astype(np.float32)
    return BudgetView(), (Tensor(hourly),)
