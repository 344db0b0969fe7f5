# case: per-atom energy head; padded atoms dropped with ops.masked_select before the mean energy -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AtomEnergyHead(nn.Cell):
    def __init__(self, num_elements=10, hidden=16, normalize=True):
        super().__init__()
        self.embed = nn.Embedding(num_elements, hidden)
        self.mlp = nn.SequentialCell([nn.Dense(hidden, hidden), nn.SiLU(), nn.Dense(hidden, 1)])
        self.normalize = normalize

    def valid_atoms(self, values, mask):
        # keep only real atoms, padding is marked with atom type 0
        return ops.masked_select(values, mask)

    def construct(self, atom_types):
        mask = atom_types > 0
        h = self.embed(atom_types)
        e_atom = self.mlp(h).squeeze(-1)
        e_real = self.valid_atoms(e_atom, mask)
        if self.normalize:
            return e_real.mean()
        return e_real.sum()


def make():
    np.random.seed(1)
    types = np.random.randint(1, 10, size=(2, 7)).astype(np.int32)
    types[0, 5:] = 0
    types[1, 3:] = 0
    return AtomEnergyHead(), (Tensor(types),)
