# case: cohort filter that turns inclusion criteria into per-patient weights instead of dropping rows -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def inclusion_weight(age, egfr, min_age=18.0, min_egfr=30.0, exclude_ckd=True):
    w = (age >= min_age).astype(ms.float32)
    if exclude_ckd:
        w = w * (egfr >= min_egfr).astype(ms.float32)
    return w


class WeightedCohortLoss(nn.Cell):
    def __init__(self, n_features=7, exclude_ckd=True):
        super().__init__()
        self.model = nn.Dense(n_features, 1)
        self.exclude_ckd = exclude_ckd
        self.bce = nn.BCEWithLogitsLoss(reduction="none")

    def construct(self, feats, labels, age, egfr):
        w = inclusion_weight(age, egfr, exclude_ckd=self.exclude_ckd)
        logits = self.model(feats).squeeze(-1)
        per_patient = self.bce(logits, labels)
        n_included = w.sum()
        return (per_patient * w).sum() / ops.maximum(n_included, Tensor(1.0, ms.float32))


def make():
    np.random.seed(9)
    feats = Tensor(np.random.randn(12, 7).astype(np.float32))
    labels = Tensor(np.random.binomial(1, 0.3, 12).astype(np.float32))
    age = Tensor(np.random.uniform(5, 90, 12).astype(np.float32))
    egfr = Tensor(np.random.uniform(10, 120, 12).astype(np.float32))
    return WeightedCohortLoss(), (feats, labels, age, egfr)
