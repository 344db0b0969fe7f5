# case: count prey species taken over a season with one-hot encoding and a sum, richness as count of nonzero bins -> fixed-size output, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PreyDiversity(nn.Cell):
    def __init__(self, n_species=12):
        super().__init__()
        self.n_species = n_species
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, prey_class):
        onehot = ops.one_hot(prey_class, self.n_species, self.on, self.off)
        counts = onehot.sum(axis=0)
        richness = (counts > 0).astype(ms.float32).sum()
        share = counts / counts.sum()
        shannon = -(share * ops.log(share + 1e-8)).sum()
        return richness, shannon


def make():
    np.random.seed(3191)
    prey = np.random.choice([0, 2, 3, 7, 9], size=35).astype(np.int32)
    return PreyDiversity(), (Tensor(prey),)
