# case: choose the top-k regions for vaccine allocation with k fixed in the constructor, and build an allocation mask with one_hot -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class VaccinePriority(nn.Cell):
    def __init__(self, n_regions=10, k=3):
        super().__init__()
        self.k = k
        self.n_regions = n_regions
        self.risk_weight = Parameter(Tensor(np.ones(n_regions, np.float32)), name="risk_weight")

    def construct(self, incidence, elderly_frac):
        score = incidence[-7:].mean(axis=0) * (1.0 + elderly_frac) * self.risk_weight
        values, idx = ops.topk(score, self.k)
        chosen = ops.one_hot(idx, self.n_regions, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(axis=0)
        return values, chosen


def make():
    np.random.seed(16)
    incidence = np.random.gamma(2.0, 10.0, size=(14, 10)).astype(np.float32)
    elderly = np.random.uniform(0.1, 0.3, size=10).astype(np.float32)
    return VaccinePriority(), (Tensor(incidence), Tensor(elderly))
