# case: sums the last week of daily mite-drop counts with a constant slice and compares to the treatment threshold as tensors -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MiteDropTrend(nn.Cell):
    """Weekly varroa drop per hive versus the treatment threshold (mites/day)."""

    def __init__(self, days=7, treat_thr=10.0):
        super().__init__()
        self.days = days
        self.treat_thr = treat_thr

    def weekly_total(self, drops):
        return drops[:, -self.days:].sum(axis=1)

    def construct(self, drops):
        per_day = self.weekly_total(drops) / self.days
        trend = per_day - drops[:, :self.days].mean(axis=1)
        return per_day > self.treat_thr, trend


def make():
    np.random.seed(21)
    drops = np.random.poisson(8, size=(5, 14)).astype(np.float32)
    return MiteDropTrend(), (Tensor(drops),)
