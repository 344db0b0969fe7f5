# case: WMA-style age grading: gather the age factor for each runner from a parameter table by integer age, compute age-graded percentage -> gather with data indices but fixed output shape, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class AgeGrader(nn.Cell):
    def __init__(self, open_standard_s=7299.0, min_age=5, max_age=100):
        super().__init__()
        ages = np.arange(min_age, max_age + 1)
        factors = np.where(ages < 35, 1.0, 1.0 - 0.0085 * (ages - 35)).astype(np.float32)
        self.factors = Parameter(Tensor(factors), name="age_factors", requires_grad=False)
        self.min_age = min_age
        self.max_age = max_age
        self.open_standard_s = open_standard_s

    def construct(self, ages, chip_times):
        idx = ops.clip(ages, self.min_age, self.max_age) - self.min_age
        f = ops.gather(self.factors, idx, 0)
        age_std = self.open_standard_s / f
        return 100.0 * age_std / chip_times


def make():
    np.random.seed(92)
    ages = np.random.randint(18, 80, 64).astype(np.int32)
    times = np.random.normal(4 * 3600, 1800, 64).astype(np.float32)
    return AgeGrader(), (Tensor(ages), Tensor(times))
