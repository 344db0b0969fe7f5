# case: counts fish per species with a one-hot over a fixed number of species classes -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeciesHistogram(nn.Cell):
    def __init__(self, num_species=5):
        super().__init__()
        self.num_species = num_species
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, species_ids, valid):
        onehot = ops.one_hot(species_ids, self.num_species, self.on, self.off)
        onehot = onehot * valid.astype(ms.float32).expand_dims(-1)
        counts = onehot.sum(axis=1)
        present = counts > 0
        richness = present.astype(ms.float32).sum(axis=1)
        return counts, richness


def make():
    np.random.seed(11)
    ids = Tensor(np.random.randint(0, 5, size=(4, 15)).astype(np.int32))
    valid = Tensor(np.random.rand(4, 15) > 0.2)
    return SpeciesHistogram(), (ids, valid)
