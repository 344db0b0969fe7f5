# case: Cox-style hazard with a tensor if choosing between two same-shape risk formulas depending on mean age -> static graph (control flow, same shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AgeAdjustedHazard(nn.Cell):
    def __init__(self, n_cov=5, age_pivot=60.0):
        super().__init__()
        self.beta = nn.Dense(n_cov, 1, has_bias=False)
        self.age_pivot = age_pivot

    def construct(self, covariates, age):
        lin = self.beta(covariates).squeeze(-1)
        if age.mean() > self.age_pivot:
            lin = lin + 0.02 * (age - self.age_pivot)
        else:
            lin = lin - 0.01 * (self.age_pivot - age)
        return ops.exp(lin)


def make():
    np.random.seed(26)
    cov = np.random.randn(9, 5).astype(np.float32)
    age = np.random.uniform(40, 85, size=9).astype(np.float32)
    return AgeAdjustedHazard(), (Tensor(cov), Tensor(age))
