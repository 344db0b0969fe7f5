# case: weekly demand aggregation that prints an f-string report of the tensor totals inside construct -> f-string/print of tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DemandAggregator(nn.Cell):
    def __init__(self, days_per_week=7, verbose=True):
        super().__init__()
        self.days_per_week = days_per_week
        self.verbose = verbose

    def construct(self, daily_demand):
        n_skus, n_days = daily_demand.shape
        weeks = n_days // self.days_per_week
        trimmed = daily_demand[:, :weeks * self.days_per_week]
        weekly = trimmed.reshape(n_skus, weeks, self.days_per_week).sum(axis=2)
        total = weekly.sum()
        if self.verbose:
            print(f"aggregated {n_skus} SKUs, total demand {total}, peak {weekly.max()}")
        return weekly


def make():
    np.random.seed(22)
    daily = Tensor(np.random.poisson(6, size=(5, 28)).astype(np.float32))
    return DemandAggregator(), (daily,)
