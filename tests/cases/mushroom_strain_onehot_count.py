# case: count bags per spawn strain with a one-hot sum over a fixed strain catalogue -> fixed-size output, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_STRAINS = 6


class RackInventory(nn.Cell):
    def __init__(self, n_strains=N_STRAINS):
        super().__init__()
        self.n_strains = n_strains
        self.yield_per_strain = ms.Parameter(Tensor(np.linspace(0.8, 1.4, n_strains).astype(np.float32)),
                                             name="yield_per_strain")
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, strain_ids, bag_mass):
        onehot = ops.one_hot(strain_ids, self.n_strains, self.on, self.off)
        bags_per_strain = onehot.sum(axis=0)
        mass_per_strain = (onehot * bag_mass.reshape(-1, 1)).sum(axis=0)
        expected = (mass_per_strain * self.yield_per_strain).sum()
        n_present = (bags_per_strain > 0).astype(ms.int32).sum()
        return expected, n_present


def make():
    np.random.seed(308)
    strain_ids = Tensor(np.random.randint(0, N_STRAINS, size=(20,)).astype(np.int32))
    bag_mass = Tensor(np.random.uniform(2.0, 5.0, size=(20,)).astype(np.float32))
    return RackInventory(), (strain_ids, bag_mass)
