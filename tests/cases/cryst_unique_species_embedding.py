# case: find the distinct chemical species present with ops.unique and average their embeddings as a composition vector -> unique gives a dynamic length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompositionEncoder(nn.Cell):
    def __init__(self, max_z=100, dim=12):
        super().__init__()
        self.species_embed = nn.Embedding(max_z, dim)
        self.out = nn.Dense(dim, 1)

    def construct(self, atomic_numbers):
        species, _ = ops.unique(atomic_numbers)
        emb = self.species_embed(species)
        comp = ops.reduce_mean(emb, 0)
        return self.out(comp)


def make():
    np.random.seed(7)
    z = np.array([3, 3, 26, 15, 8, 8, 8, 8, 26, 15, 8, 8], np.int32)
    return CompositionEncoder(), (Tensor(z),)
