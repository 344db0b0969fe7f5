# case: restriction tiers per region computed by comparing incidence against a cutoff tensor and summing the boolean hits -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TierAssigner(nn.Cell):
    def __init__(self, cutoffs=(10.0, 50.0, 150.0), per_capita=1e5):
        super().__init__()
        self.cutoffs = Tensor(np.array(cutoffs, np.float32)).reshape(1, -1)
        self.per_capita = per_capita

    def construct(self, weekly_cases, population):
        rate = weekly_cases / population * self.per_capita
        hits = rate.reshape(-1, 1) > self.cutoffs
        tiers = hits.astype(ms.int32).sum(axis=1)
        return tiers, rate


def make():
    np.random.seed(37)
    cases = np.random.poisson(80, size=8).astype(np.float32)
    pop = np.random.uniform(2e4, 2e5, size=8).astype(np.float32)
    return TierAssigner(), (Tensor(cases), Tensor(pop))
