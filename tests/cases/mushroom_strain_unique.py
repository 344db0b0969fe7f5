# case: count distinct spawn strains present on a rack with ops.unique over strain ids -> unique output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_STRAINS = 6


class RackInventory(nn.Cell):
    def __init__(self, n_strains=N_STRAINS):
        super().__init__()
        self.yield_per_strain = ms.Parameter(Tensor(np.linspace(0.8, 1.4, n_strains).astype(np.float32)),
                                             name="yield_per_strain")

    def construct(self, strain_ids, bag_mass):
        present, _ = ops.unique(strain_ids)
        expected = ops.gather(self.yield_per_strain, strain_ids, 0) * bag_mass
        n_present = present.shape[0]
        return expected.sum(), n_present


def make():
    np.random.seed(307)
    strain_ids = Tensor(np.random.randint(0, N_STRAINS, size=(20,)).astype(np.int32))
    bag_mass = Tensor(np.random.uniform(2.0, 5.0, size=(20,)).astype(np.float32))
    return RackInventory(), (strain_ids, bag_mass)
