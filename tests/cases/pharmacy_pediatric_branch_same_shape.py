# case: choose weight-based or fixed adult dosing by an age tensor check, both branches giving the same-shape dose vector -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DoseCalculator(nn.Cell):
    def __init__(self, mg_per_kg=15.0, adult_dose=1000.0, max_dose=4000.0):
        super().__init__()
        self.mg_per_kg = mg_per_kg
        self.adult_dose = adult_dose
        self.max_dose = max_dose

    def construct(self, age, weight, doses_per_day):
        if age < 18:
            single = weight * self.mg_per_kg
        else:
            single = ops.ones_like(weight) * self.adult_dose
        daily = single * doses_per_day
        return ops.clamp(daily, 0.0, self.max_dose)


def make():
    np.random.seed(82)
    age = Tensor(np.array(9.0, np.float32))
    weight = Tensor(np.random.uniform(15, 35, (4,)).astype(np.float32))
    dpd = Tensor(np.array([3.0, 4.0, 2.0, 3.0], np.float32))
    return DoseCalculator(), (age, weight, dpd)
