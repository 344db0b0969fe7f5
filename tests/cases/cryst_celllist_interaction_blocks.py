# case: SchNet-like model iterating over a CellList of interaction blocks with a constant loop, then summing atom energies per crystal with a one-hot membership matmul -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Interaction(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.filter = nn.Dense(dim, dim)
        self.update = nn.Dense(dim, dim)

    def construct(self, h, adj):
        msg = ops.matmul(adj, self.filter(h))
        return h + self.update(ops.softplus(msg))


class MiniSchNet(nn.Cell):
    def __init__(self, n_species=30, dim=8, n_blocks=3):
        super().__init__()
        self.embed = nn.Embedding(n_species, dim)
        self.blocks = nn.CellList([Interaction(dim) for _ in range(n_blocks)])
        self.atom_energy = nn.Dense(dim, 1)

    def construct(self, z, adj, membership):
        h = self.embed(z)
        for block in self.blocks:
            h = block(h, adj)
        e_atom = self.atom_energy(h)
        return ops.matmul(membership, e_atom).squeeze(-1)


def make():
    np.random.seed(34)
    z = Tensor(np.array([3, 8, 8, 14, 8, 8], np.int32))
    adj = (np.random.rand(6, 6) < 0.4).astype(np.float32)
    member = np.array([[1, 1, 1, 0, 0, 0], [0, 0, 0, 1, 1, 1]], np.float32)
    return MiniSchNet(), (z, Tensor(adj), Tensor(member))
