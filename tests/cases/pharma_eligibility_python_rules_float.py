# case: applies trial eligibility rules written as Python comparisons on float() of tensor fields inside construct -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EligibilityRules:
    min_age = 18.0
    max_age = 75.0
    max_creatinine = 1.5
    min_ecog = 0.0
    max_ecog = 2.0


class EligibilityScreen(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rules = EligibilityRules()

    def construct(self, patient):
        # patient: (3,) age, serum creatinine, ECOG status
        age = float(patient[0])
        creat = float(patient[1])
        ecog = float(patient[2])
        eligible = True
        if age < self.rules.min_age or age > self.rules.max_age:
            eligible = False
        if creat > self.rules.max_creatinine:
            eligible = False
        if ecog > self.rules.max_ecog:
            eligible = False
        return Tensor(eligible, ms.bool_)


def make():
    np.random.seed(6)
    patient = np.array([54.0, 1.1, 1.0], dtype=np.float32)
    return EligibilityScreen(), (Tensor(patient),)
