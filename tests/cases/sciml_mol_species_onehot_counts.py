# case: per-species energy shift with one-hot composition counts over a fixed species table -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompositionShift(nn.Cell):
    def __init__(self, n_species=10):
        super().__init__()
        self.n_species = n_species
        self.shift = ms.Parameter(Tensor(np.linspace(-1, 1, n_species).astype(np.float32)), name="shift")
        self.one_hot = ops.OneHot()
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, z):
        counts = self.one_hot(z, self.n_species, self.on, self.off).sum(axis=0)
        return (counts * self.shift).sum()


class AtomEnergyModel(nn.Cell):
    def __init__(self, n_species=10, dim=16, use_shift=True):
        super().__init__()
        self.embed = nn.Embedding(n_species, dim)
        self.mlp = nn.SequentialCell([nn.Dense(dim, dim), nn.SiLU(), nn.Dense(dim, 1)])
        self.use_shift = use_shift
        self.shift = CompositionShift(n_species) if use_shift else None

    def construct(self, z):
        e = self.mlp(self.embed(z)).squeeze(-1).sum()
        if self.shift is not None:
            e = e + self.shift(z)
        return e


def make():
    z = Tensor(np.array([1, 6, 6, 8, 1, 1, 7, 1], np.int32))
    return AtomEnergyModel(), (z,)
