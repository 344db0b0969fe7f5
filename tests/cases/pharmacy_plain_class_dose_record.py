# case: bundle each checked dose into a plain Python DoseRecord object built inside construct and return its fields -> graph mode rejects plain class instantiation in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DoseRecord:
    def __init__(self, dose, limit):
        self.dose = dose
        self.limit = limit
        self.ok = dose <= limit

    def margin(self):
        return self.limit - self.dose


class DoseChecker(nn.Cell):
    def __init__(self, limit_mg=4000.0):
        super().__init__()
        self.limit_mg = limit_mg

    def construct(self, single_dose, doses_per_day):
        daily = single_dose * doses_per_day
        rec = DoseRecord(daily, self.limit_mg)
        return rec.margin(), rec.ok


def make():
    np.random.seed(101)
    single = Tensor(np.random.uniform(250, 1000, (6,)).astype(np.float32))
    dpd = Tensor(np.array([4, 4, 3, 6, 2, 4], np.float32))
    return DoseChecker(), (single, dpd)
