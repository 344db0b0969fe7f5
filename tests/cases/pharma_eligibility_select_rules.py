# case: evaluates eligibility criteria for a batch of patients with elementwise logical ops and returns a per-patient flag -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CRITERIA = {"min_age": 18.0, "max_age": 75.0, "max_creatinine": 1.5, "max_ecog": 2.0}


class BatchEligibility(nn.Cell):
    def __init__(self, criteria=None):
        super().__init__()
        cfg = CRITERIA if criteria is None else criteria
        self.min_age = cfg["min_age"]
        self.max_age = cfg["max_age"]
        self.max_creat = cfg["max_creatinine"]
        self.max_ecog = cfg["max_ecog"]

    def in_range(self, x, lo, hi):
        return ops.logical_and(x >= lo, x <= hi)

    def construct(self, patients):
        age = patients[:, 0]
        creat = patients[:, 1]
        ecog = patients[:, 2]
        ok_age = self.in_range(age, self.min_age, self.max_age)
        ok_renal = creat <= self.max_creat
        ok_status = ecog <= self.max_ecog
        eligible = ok_age & ok_renal & ok_status
        n_eligible = eligible.astype(ms.float32).sum()
        return eligible, n_eligible / patients.shape[0]


def make():
    np.random.seed(7)
    age = np.random.uniform(10, 90, size=(12, 1))
    creat = np.random.uniform(0.5, 2.5, size=(12, 1))
    ecog = np.random.randint(0, 5, size=(12, 1))
    patients = np.concatenate([age, creat, ecog], axis=1).astype(np.float32)
    return BatchEligibility(), (Tensor(patients),)
