# case: mean weekly incidence over a subset of regions computed by multiplying in a float region mask and dividing by its sum -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedRegionMean(nn.Cell):
    def __init__(self, per_capita=100000.0, eps=1e-6):
        super().__init__()
        self.per_capita = per_capita
        self.eps = eps

    def construct(self, cases, population, region_mask):
        rate = cases / population * self.per_capita
        weekly = rate.sum(axis=0)
        m = region_mask.astype(ms.float32)
        mean = (weekly * m).sum() / (m.sum() + self.eps)
        peak = ops.where(region_mask, weekly, ops.zeros_like(weekly)).max()
        return mean, peak


def make():
    np.random.seed(5)
    days, regions = 7, 12
    cases = np.random.poisson(15, size=(days, regions)).astype(np.float32)
    pop = np.random.uniform(5e4, 2e5, size=regions).astype(np.float32)
    mask = np.random.rand(regions) > 0.5
    return MaskedRegionMean(), (Tensor(cases), Tensor(pop), Tensor(mask))
