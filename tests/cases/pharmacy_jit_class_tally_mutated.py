# case: keep an @ms.jit_class tally of over-limit orders on the cell and increment its counter inside construct -> graph mode may reject mutating the object's attribute
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class AlertTally:
    def __init__(self):
        self.count = 0
        self.limit = 4000.0


class DailyDoseAuditor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.tally = AlertTally()

    def construct(self, single_dose, doses_per_day):
        daily = single_dose * doses_per_day
        over = (daily > self.tally.limit).astype(ms.int32).sum()
        self.tally.count = self.tally.count + 1
        return over, daily


def make():
    np.random.seed(103)
    single = Tensor(np.random.uniform(250, 1200, (6,)).astype(np.float32))
    dpd = Tensor(np.array([4, 4, 3, 6, 2, 4], np.float32))
    return DailyDoseAuditor(), (single, dpd)
