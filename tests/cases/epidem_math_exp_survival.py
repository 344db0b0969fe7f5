# case: probability of escaping infection computed with math.exp on a learned hazard Parameter inside construct -> math module applied to a tensor in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ChainBinomialSIR(nn.Cell):
    def __init__(self, gamma=0.1):
        super().__init__()
        self.hazard = Parameter(Tensor(0.4, ms.float32), name="hazard")
        self.gamma = gamma

    def escape_prob(self, prevalence):
        return math.exp(-self.hazard) ** prevalence

    def construct(self, s, i, r):
        n = s + i + r
        p_inf = 1.0 - self.escape_prob(i / n)
        new_inf = s * p_inf
        rec = self.gamma * i
        return s - new_inf, i + new_inf - rec, r + rec


def make():
    np.random.seed(32)
    pop = np.random.uniform(500, 2000, size=5).astype(np.float32)
    i0 = np.random.uniform(1, 15, size=5).astype(np.float32)
    return ChainBinomialSIR(), (Tensor(pop - i0), Tensor(i0), Tensor(np.zeros(5, np.float32)))
