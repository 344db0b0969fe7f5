# case: cohort filter applying age / follow-up inclusion criteria via boolean-mask indexing before scoring -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InclusionCriteria(nn.Cell):
    def __init__(self, min_age=18.0, max_age=90.0, min_followup_days=30.0):
        super().__init__()
        self.min_age = min_age
        self.max_age = max_age
        self.min_followup = min_followup_days

    def construct(self, age, followup):
        return (age >= self.min_age) & (age <= self.max_age) & (followup >= self.min_followup)


class CohortRiskScorer(nn.Cell):
    def __init__(self, n_features=6):
        super().__init__()
        self.criteria = InclusionCriteria()
        self.scorer = nn.Dense(n_features, 1)

    def construct(self, feats, age, followup):
        keep = self.criteria(age, followup)
        cohort = feats[keep]
        scores = ops.sigmoid(self.scorer(cohort))
        return scores.mean(), keep.astype(ms.float32).sum()


def make():
    np.random.seed(8)
    feats = Tensor(np.random.randn(10, 6).astype(np.float32))
    age = Tensor(np.random.uniform(10, 95, size=10).astype(np.float32))
    followup = Tensor(np.random.uniform(0, 365, size=10).astype(np.float32))
    return CohortRiskScorer(), (feats, age, followup)
