# case: rank the most severe dose alerts, number of alerts taken from a flagged-count tensor -> graph compile should fail or go dynamic (k from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def severity_score(dose, max_dose):
    ratio = dose / max_dose
    return ops.relu(ratio - 1.0)


class AlertRanker(nn.Cell):
    def __init__(self, n_drugs=12):
        super().__init__()
        self.n_drugs = n_drugs
        self.scale = nn.Dense(n_drugs, n_drugs)

    def construct(self, dose, max_dose, n_flagged):
        sev = severity_score(dose, max_dose)
        sev = self.scale(sev)
        k = int(n_flagged)
        values, idx = ops.topk(sev, k)
        return values, idx


def make():
    np.random.seed(11)
    dose = Tensor(np.random.uniform(50, 500, (4, 12)).astype(np.float32))
    max_dose = Tensor(np.full((4, 12), 300.0, np.float32))
    n_flagged = Tensor(np.array(3, np.int32))
    return AlertRanker(12), (dose, max_dose, n_flagged)
