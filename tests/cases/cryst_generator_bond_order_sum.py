# case: sum Pauling bond valences over a fixed number of bonds with a generator expression inside sum() in construct -> generator expression in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BondValenceSum(nn.Cell):
    def __init__(self, n_bonds=4, r0=1.624, b=0.37):
        super().__init__()
        self.n_bonds = n_bonds
        self.r0 = r0
        self.b = b

    def valence(self, r):
        return ops.exp((self.r0 - r) / self.b)

    def construct(self, bond_lengths):
        bvs = sum(self.valence(bond_lengths[i]) for i in range(self.n_bonds))
        return bvs


def make():
    np.random.seed(27)
    r = Tensor((1.58 + 0.1 * np.random.rand(4)).astype(np.float32))
    return BondValenceSum(), (r,)
