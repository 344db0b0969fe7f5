# case: converts the daily mite-drop counts to a Python list with .tolist() and sums the last week in Python inside construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MiteDropTrend(nn.Cell):
    """Weekly varroa drop versus the treatment threshold (mites/day)."""

    def __init__(self, days=7, treat_thr=10.0):
        super().__init__()
        self.days = days
        self.treat_thr = treat_thr

    def weekly_total(self, drops):
        values = drops.tolist()
        return sum(values[-self.days:])

    def construct(self, drops):
        total = self.weekly_total(drops)
        per_day = total / self.days
        return Tensor(per_day > self.treat_thr), drops.max()


def make():
    np.random.seed(20)
    drops = np.random.poisson(8, size=14).astype(np.float32)
    return MiteDropTrend(), (Tensor(drops),)
