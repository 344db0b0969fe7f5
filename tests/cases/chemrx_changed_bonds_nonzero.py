# case: compares reactant and product bond-order matrices of an atom-mapped reaction and lists changed bond indices with nonzero -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BondChangeExtractor(nn.Cell):
    def __init__(self, tol=0.5):
        super().__init__()
        self.tol = tol

    def bond_delta(self, r_bonds, p_bonds):
        delta = p_bonds - r_bonds
        upper = ops.triu(ops.ones_like(delta), 1)
        return delta * upper

    def construct(self, r_bonds, p_bonds):
        delta = self.bond_delta(r_bonds, p_bonds)
        changed = ops.abs(delta) > self.tol
        pairs = ops.nonzero(changed)
        new_orders = ops.gather_nd(p_bonds, pairs)
        return pairs, new_orders


def make():
    np.random.seed(4)
    n = 7
    r = np.random.randint(0, 3, size=(n, n)).astype(np.float32)
    r = np.triu(r, 1); r = r + r.T
    p = r.copy(); p[0, 3] = p[3, 0] = 1.0; p[2, 5] = p[5, 2] = 0.0
    return BondChangeExtractor(), (Tensor(r), Tensor(p))
