# case: during fermentation, return the full hourly temperature curve while sugar is still high but only a daily summary once the must is nearly dry, chosen by a tensor condition -> branches of different shapes on a tensor value, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StageReporter(nn.Cell):
    def __init__(self, dry_brix=2.0, hours_per_day=24):
        super().__init__()
        self.dry_brix = dry_brix
        self.hours_per_day = hours_per_day

    def daily_summary(self, temps):
        days = temps.reshape(-1, self.hours_per_day)
        return days.mean(axis=1)

    def construct(self, temps, brix):
        if brix.mean() > self.dry_brix:
            report = temps
        else:
            report = self.daily_summary(temps)
        return report * 1.0


def make():
    np.random.seed(51)
    temps = Tensor((22 + 3 * np.random.randn(72)).astype(np.float32))
    brix = Tensor(np.array([1.2, 1.0, 0.8], dtype=np.float32))
    return StageReporter(), (temps, brix)
