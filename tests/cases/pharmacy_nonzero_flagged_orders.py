# case: find the positions of prescription orders flagged by the renal-dose rule with ops.nonzero and gather their doses -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def creatinine_clearance(age, weight, scr):
    # Cockcroft-Gault, male
    return (140.0 - age) * weight / (72.0 * scr)


class RenalDoseRule(nn.Cell):
    def __init__(self, crcl_cutoff=30.0):
        super().__init__()
        self.crcl_cutoff = crcl_cutoff

    def construct(self, age, weight, scr, dose):
        crcl = creatinine_clearance(age, weight, scr)
        flagged = crcl < self.crcl_cutoff
        pos = ops.nonzero(flagged)
        flagged_doses = ops.gather_nd(dose, pos)
        return flagged_doses * 0.5


def make():
    np.random.seed(41)
    n = 20
    age = Tensor(np.random.uniform(20, 95, (n,)).astype(np.float32))
    weight = Tensor(np.random.uniform(40, 110, (n,)).astype(np.float32))
    scr = Tensor(np.random.uniform(0.6, 4.0, (n,)).astype(np.float32))
    dose = Tensor(np.random.uniform(100, 1000, (n,)).astype(np.float32))
    return RenalDoseRule(), (age, weight, scr, dose)
