# case: store formulary dose limits in an @ms.jit_class object built in __init__ and only read its fields in construct -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class FormularyLimits:
    def __init__(self, max_single, max_daily):
        self.max_single = max_single
        self.max_daily = max_daily

    def daily_excess(self, daily):
        return ops.relu(daily - self.max_daily)


class LimitChecker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.limits = FormularyLimits(1000.0, 4000.0)

    def construct(self, single_dose, doses_per_day):
        daily = single_dose * doses_per_day
        single_over = ops.relu(single_dose - self.limits.max_single)
        daily_over = self.limits.daily_excess(daily)
        return single_over, daily_over


def make():
    np.random.seed(102)
    single = Tensor(np.random.uniform(250, 1200, (6,)).astype(np.float32))
    dpd = Tensor(np.array([4, 4, 3, 6, 2, 4], np.float32))
    return LimitChecker(), (single, dpd)
