# case: count distinct prey species taken over a season with ops.unique on the prey-class log -> unique output size depends on data, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PreyDiversity(nn.Cell):
    def __init__(self, n_species=12):
        super().__init__()
        self.n_species = n_species

    def construct(self, prey_class):
        species, idx = ops.unique(prey_class)
        richness = species.shape[0]
        counts = ops.zeros((self.n_species,), ms.float32)
        counts = ops.tensor_scatter_add(counts, prey_class.expand_dims(-1), ops.ones_like(prey_class).astype(ms.float32))
        return counts / counts.sum(), species


def make():
    np.random.seed(3190)
    prey = np.random.choice([0, 2, 3, 7, 9], size=35).astype(np.int32)
    return PreyDiversity(), (Tensor(prey),)
