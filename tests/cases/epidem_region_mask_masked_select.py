# case: per-region incidence rates filtered with masked_select by a boolean region mask before taking a mean -> dynamic shape op
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SelectedRegionIncidence(nn.Cell):
    def __init__(self, per_capita=100000.0):
        super().__init__()
        self.per_capita = per_capita

    def incidence(self, cases, population):
        return cases / population * self.per_capita

    def construct(self, cases, population, region_mask):
        rate = self.incidence(cases, population)
        weekly = rate.sum(axis=0)
        chosen = ops.masked_select(weekly, region_mask)
        return chosen.mean(), chosen.max()


def make():
    np.random.seed(4)
    days, regions = 7, 12
    cases = np.random.poisson(20, size=(days, regions)).astype(np.float32)
    pop = np.random.uniform(5e4, 2e5, size=regions).astype(np.float32)
    mask = np.random.rand(regions) > 0.4
    mask[0] = True
    return SelectedRegionIncidence(), (Tensor(cases), Tensor(pop), Tensor(mask))
