# case: daily demand bucketed into weeks with sizes from x.shape and reshape, peak week via argmax -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeeklyBuckets(nn.Cell):
    def __init__(self, days_per_week=7, normalise=False):
        super().__init__()
        self.days_per_week = days_per_week
        self.normalise = normalise

    def construct(self, daily_demand):
        n_skus, n_days = daily_demand.shape
        weeks = n_days // self.days_per_week
        trimmed = daily_demand[:, :weeks * self.days_per_week]
        weekly = trimmed.reshape(n_skus, weeks, self.days_per_week).sum(axis=2)
        if self.normalise:
            weekly = weekly / ops.maximum(weekly.sum(axis=1, keepdims=True), 1.0)
        peak_week = ops.argmax(weekly, dim=1)
        return weekly, peak_week


def make():
    np.random.seed(23)
    daily = Tensor(np.random.poisson(6, size=(5, 30)).astype(np.float32))
    return WeeklyBuckets(normalise=True), (daily,)
