# case: computes the dense reactant/product bond-change matrix and a per-atom change indicator without extracting indices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BondChangeLabeler(nn.Cell):
    def __init__(self, tol=0.5, n_classes=4):
        super().__init__()
        self.tol = tol
        self.n_classes = n_classes

    def construct(self, r_bonds, p_bonds):
        delta = p_bonds - r_bonds
        changed = (ops.abs(delta) > self.tol).astype(ms.float32)
        atom_in_center = (changed.sum(axis=1) > 0).astype(ms.float32)
        target_order = ops.clip_by_value(p_bonds, 0.0, float(self.n_classes - 1)).astype(ms.int32)
        onehot = ops.one_hot(target_order, self.n_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        edit_targets = onehot * changed.expand_dims(-1)
        return edit_targets, atom_in_center


def make():
    np.random.seed(5)
    n = 7
    r = np.random.randint(0, 3, size=(n, n)).astype(np.float32)
    r = np.triu(r, 1); r = r + r.T
    p = r.copy(); p[1, 4] = p[4, 1] = 2.0
    return BondChangeLabeler(), (Tensor(r), Tensor(p))
