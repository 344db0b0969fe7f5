# case: hotspot incidence extracted with boolean-mask indexing rate[rate > threshold] and summed with its population -> dynamic shape (boolean index)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HotspotSummary(nn.Cell):
    def __init__(self, threshold=50.0):
        super().__init__()
        self.threshold = threshold

    def construct(self, cases, population):
        rate = cases.sum(axis=0) / population * 1e5
        hot = rate > self.threshold
        hot_rates = rate[hot]
        hot_pop = population[hot]
        return (hot_rates * hot_pop).sum() / hot_pop.sum(), hot_rates


def make():
    np.random.seed(14)
    cases = np.random.poisson(30, size=(7, 10)).astype(np.float32)
    pop = np.random.uniform(1e5, 6e5, size=10).astype(np.float32)
    return HotspotSummary(), (Tensor(cases), Tensor(pop))
