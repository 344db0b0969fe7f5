# case: total expected loss across perils using sum() over a generator expression of sub-Cell outputs in construct -> generator expression in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerilModel(nn.Cell):
    def __init__(self, n_features, base_freq):
        super().__init__()
        self.dense = nn.Dense(n_features, 1)
        self.base_freq = base_freq

    def construct(self, x):
        return self.base_freq * ops.exp(self.dense(x).squeeze(-1))


class MultiPeril(nn.Cell):
    def __init__(self, n_features=5, base_freqs=(0.05, 0.02, 0.01)):
        super().__init__()
        self.perils = nn.CellList([PerilModel(n_features, f) for f in base_freqs])

    def construct(self, x):
        total = sum(p(x) for p in self.perils)
        return total


def make():
    np.random.seed(26)
    x = Tensor(np.random.randn(10, 5).astype(np.float32))
    return MultiPeril(), (x,)
