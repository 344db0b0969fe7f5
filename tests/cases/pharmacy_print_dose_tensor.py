# case: log the daily dose tensor with a plain print of a constant label and the tensor during dose checking -> static graph compiles fine (print is a graph op)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyDoseCheck(nn.Cell):
    def __init__(self, limit_mg=4000.0, verbose=True):
        super().__init__()
        self.limit_mg = limit_mg
        self.verbose = verbose

    def construct(self, single_dose, doses_per_day):
        daily = (single_dose * doses_per_day).sum()
        if self.verbose:
            print("daily dose (mg):", daily)
        excess = ops.relu(daily - self.limit_mg)
        return daily, excess


def make():
    np.random.seed(142)
    single = Tensor(np.array([1000.0, 500.0], np.float32))
    dpd = Tensor(np.array([4.0, 2.0], np.float32))
    return DailyDoseCheck(), (single, dpd)
