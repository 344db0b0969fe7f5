# case: per-species landed weight for a haul via one-hot over a fixed species list and a matmul -> fixed depth one-hot, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HaulSpeciesTally(nn.Cell):
    def __init__(self, n_species=16, quota_kg=None):
        super().__init__()
        self.n_species = n_species
        if quota_kg is None:
            quota_kg = np.full((n_species,), 50.0, dtype=np.float32)
        self.quota = Tensor(quota_kg)
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, species_ids, weights_kg):
        oh = ops.one_hot(species_ids, self.n_species, self.on, self.off)
        per_species = ops.matmul(weights_kg.reshape(1, -1), oh).reshape(-1)
        remaining = self.quota - per_species
        over = (remaining < 0).astype(ms.float32)
        return per_species, remaining, over.sum()


def make():
    np.random.seed(18)
    ids = Tensor(np.random.choice([2, 5, 7, 11], size=(30,)).astype(np.int32))
    w = Tensor(np.random.uniform(0.3, 6.0, size=(30,)).astype(np.float32))
    return HaulSpeciesTally(), (ids, w)
