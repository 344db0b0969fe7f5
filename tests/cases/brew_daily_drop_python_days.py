# case: accumulates daily gravity drops over a number of days given as a plain Python int argument -> constant loop bound, static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyDropSummary(nn.Cell):
    def __init__(self, report_rate=True):
        super().__init__()
        self.report_rate = report_rate

    def construct(self, sg_daily, n_days):
        total = ops.zeros((sg_daily.shape[0],), ms.float32)
        for d in range(n_days):
            total = total + (sg_daily[:, d] - sg_daily[:, d + 1])
        if self.report_rate:
            return total, total / n_days
        return total, total


def make():
    np.random.seed(26)
    sg = -np.sort(-np.random.uniform(1.010, 1.055, size=(3, 10)), axis=1).astype(np.float32)
    return DailyDropSummary(), (Tensor(sg), 6)
