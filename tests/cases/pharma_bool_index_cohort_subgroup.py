# case: selects the elderly subgroup of a cohort with boolean-mask indexing x[mask] before a risk head -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubgroupRisk(nn.Cell):
    def __init__(self, n_cov=6, age_col=0, age_cut=65.0):
        super().__init__()
        self.age_col = age_col
        self.age_cut = age_cut
        self.head = nn.Dense(n_cov, 1)

    def construct(self, covariates):
        elderly = covariates[:, self.age_col] >= self.age_cut
        subgroup = covariates[elderly]
        risk = self.head(subgroup).squeeze(-1)
        return ops.sigmoid(risk).mean()


def make():
    np.random.seed(12)
    cov = np.random.randn(14, 6).astype(np.float32)
    cov[:, 0] = np.random.uniform(40, 90, size=14)
    return SubgroupRisk(), (Tensor(cov),)
