# case: classical bond-stretch energy with an assert on tensor values (finite energy, positive lengths) inside construct -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HarmonicBondEnergy(nn.Cell):
    def __init__(self, k_bond=300.0, r0=1.2, check=True):
        super().__init__()
        self.k_bond = k_bond
        self.r0 = r0
        self.check = check

    def bond_lengths(self, pos, bonds):
        pi = ops.gather(pos, bonds[:, 0], 0)
        pj = ops.gather(pos, bonds[:, 1], 0)
        return ops.norm(pi - pj, dim=-1)

    def construct(self, pos, bonds):
        r = self.bond_lengths(pos, bonds)
        energy = 0.5 * self.k_bond * ((r - self.r0) ** 2).sum()
        if self.check:
            assert ops.isfinite(energy), "non-finite bond energy"
            assert (r > 0).all()
        return energy


def make():
    np.random.seed(15)
    pos = Tensor(np.random.randn(4, 3).astype(np.float32))
    bonds = Tensor(np.array([[0, 1], [1, 2], [2, 3]], dtype=np.int32))
    return HarmonicBondEnergy(), (pos, bonds)
