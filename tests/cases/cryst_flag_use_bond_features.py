# case: CGCNN-style conv whose constructor flag use_bond_feats (Python bool) decides whether bond features are concatenated -> constant flag, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrystalConv(nn.Cell):
    def __init__(self, atom_dim=8, bond_dim=4, use_bond_feats=True):
        super().__init__()
        self.use_bond_feats = use_bond_feats
        in_dim = 2 * atom_dim + (bond_dim if use_bond_feats else 0)
        self.filter = nn.Dense(in_dim, atom_dim)
        self.core = nn.Dense(in_dim, atom_dim)
        self.bn = nn.BatchNorm1d(atom_dim)

    def construct(self, atom_feats, nbr_idx, bond_feats):
        n, m = nbr_idx.shape
        nbr = ops.gather(atom_feats, nbr_idx.reshape(-1), 0).reshape(n, m, -1)
        center = ops.broadcast_to(ops.expand_dims(atom_feats, 1), (n, m, atom_feats.shape[1]))
        if self.use_bond_feats:
            z = ops.concat((center, nbr, bond_feats), -1)
        else:
            z = ops.concat((center, nbr), -1)
        gated = ops.sigmoid(self.filter(z)) * ops.softplus(self.core(z))
        return ops.softplus(atom_feats + self.bn(gated.sum(1)))


def make():
    np.random.seed(16)
    atoms = Tensor(np.random.randn(6, 8).astype(np.float32))
    nbr_idx = Tensor(np.random.randint(0, 6, size=(6, 4)).astype(np.int32))
    bonds = Tensor(np.random.rand(6, 4, 4).astype(np.float32))
    return CrystalConv(use_bond_feats=False), (atoms, nbr_idx, bonds)
