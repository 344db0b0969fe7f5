# case: molecule-level conditioning broadcast to atoms with ops.repeat_interleave over per-molecule atom counts -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConditionedAtomEncoder(nn.Cell):
    def __init__(self, atom_dim=8, cond_dim=4, hidden=16):
        super().__init__()
        self.cond_proj = nn.Dense(cond_dim, hidden)
        self.atom_proj = nn.Dense(atom_dim, hidden)
        self.out = nn.Dense(hidden, hidden)

    def expand_to_atoms(self, mol_feat, atoms_per_mol):
        return ops.repeat_interleave(mol_feat, atoms_per_mol, axis=0)

    def construct(self, atom_feat, mol_cond, atoms_per_mol):
        c = self.cond_proj(mol_cond)
        c_atoms = self.expand_to_atoms(c, atoms_per_mol)
        h = self.atom_proj(atom_feat) + c_atoms
        return self.out(ops.silu(h))


def make():
    np.random.seed(17)
    atom_feat = Tensor(np.random.randn(7, 8).astype(np.float32))
    mol_cond = Tensor(np.random.randn(3, 4).astype(np.float32))
    counts = Tensor(np.array([2, 3, 2], dtype=np.int32))
    return ConditionedAtomEncoder(), (atom_feat, mol_cond, counts)
