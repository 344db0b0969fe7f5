# case: halve doses for patients whose Cockcroft-Gault clearance is below cutoff using ops.select over the whole batch -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def creatinine_clearance(age, weight, scr, female):
    crcl = (140.0 - age) * weight / (72.0 * scr)
    return crcl * (1.0 - 0.15 * female)


class RenalAdjuster(nn.Cell):
    def __init__(self, crcl_cutoff=30.0, reduction=0.5):
        super().__init__()
        self.crcl_cutoff = crcl_cutoff
        self.reduction = reduction

    def construct(self, age, weight, scr, female, dose):
        crcl = creatinine_clearance(age, weight, scr, female)
        low = crcl < self.crcl_cutoff
        adjusted = ops.select(low, dose * self.reduction, dose)
        return adjusted, crcl


def make():
    np.random.seed(42)
    n = 20
    age = Tensor(np.random.uniform(20, 95, (n,)).astype(np.float32))
    weight = Tensor(np.random.uniform(40, 110, (n,)).astype(np.float32))
    scr = Tensor(np.random.uniform(0.6, 4.0, (n,)).astype(np.float32))
    female = Tensor(np.random.randint(0, 2, (n,)).astype(np.float32))
    dose = Tensor(np.random.uniform(100, 1000, (n,)).astype(np.float32))
    return RenalAdjuster(), (age, weight, scr, female, dose)
