# case: @ms.jit_class running statistics object for energy normalisation, its fields reassigned inside construct -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class EnergyStats:
    def __init__(self):
        self.mean = Tensor(0.0, ms.float32)
        self.count = 0

    def update(self, energies):
        self.mean = (self.mean * self.count + energies.sum()) / (self.count + energies.shape[0])
        self.count = self.count + energies.shape[0]


class NormalizedEnergyHead(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.head = nn.Dense(dim, 1)
        self.stats = EnergyStats()

    def construct(self, h_mol):
        e = self.head(h_mol).squeeze(-1)
        self.stats.update(e)
        return e - self.stats.mean


def make():
    np.random.seed(19)
    h = Tensor(np.random.randn(4, 16).astype(np.float32))
    return NormalizedEnergyHead(), (h,)
