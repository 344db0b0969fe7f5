# case: computes Cockcroft-Gault creatinine clearance with a try/except around division by serum creatinine inside construct -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CreatinineClearance(nn.Cell):
    def __init__(self, female_factor=0.85):
        super().__init__()
        self.female_factor = female_factor

    def construct(self, age, weight, serum_creat, is_female):
        try:
            crcl = (140.0 - age) * weight / (72.0 * serum_creat)
        except ZeroDivisionError:
            crcl = ops.zeros_like(age)
        factor = ops.where(is_female, ops.full_like(age, self.female_factor), ops.ones_like(age))
        return crcl * factor


def make():
    np.random.seed(23)
    age = Tensor(np.array([45, 70, 82, 33], np.float32))
    weight = Tensor(np.array([70, 62, 55, 90], np.float32))
    scr = Tensor(np.array([0.9, 1.4, 1.8, 0.8], np.float32))
    female = Tensor(np.array([False, True, True, False]))
    return CreatinineClearance(), (age, weight, scr, female)
