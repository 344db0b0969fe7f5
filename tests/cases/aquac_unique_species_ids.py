# case: lists the distinct species ids seen in a frame with ops.unique and counts them -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeciesCensus(nn.Cell):
    def __init__(self):
        super().__init__()
        self.unique = ops.Unique()

    def construct(self, species_ids):
        species, idx = self.unique(species_ids)
        n_species = species.shape[0]
        richness = ops.cast(ops.scalar_to_tensor(n_species), ms.float32)
        return species, richness


def make():
    np.random.seed(10)
    ids = Tensor(np.random.randint(0, 5, size=(20,)).astype(np.int32))
    return SpeciesCensus(), (ids,)
