# case: chain-binomial escape probability with ops.exp on a softplus-constrained hazard, run for a fixed number of generations -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ChainBinomialSIR(nn.Cell):
    def __init__(self, generations=6, gamma=0.1):
        super().__init__()
        self.raw_hazard = Parameter(Tensor(0.4, ms.float32), name="raw_hazard")
        self.gamma = gamma
        self.generations = generations

    def escape_prob(self, prevalence):
        hazard = ops.softplus(self.raw_hazard)
        return ops.exp(-hazard * prevalence)

    def construct(self, s, i, r):
        n = s + i + r
        for _ in range(self.generations):
            new_inf = s * (1.0 - self.escape_prob(i / n))
            rec = self.gamma * i
            s, i, r = s - new_inf, i + new_inf - rec, r + rec
        return s, i, r


def make():
    np.random.seed(33)
    pop = np.random.uniform(500, 2000, size=5).astype(np.float32)
    i0 = np.random.uniform(1, 15, size=5).astype(np.float32)
    return ChainBinomialSIR(), (Tensor(pop - i0), Tensor(i0), Tensor(np.zeros(5, np.float32)))
