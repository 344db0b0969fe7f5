# case: count distinct species landed in a haul with ops.unique before building the per-species tally -> unique output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HaulSpeciesTally(nn.Cell):
    def __init__(self, n_species=16):
        super().__init__()
        self.n_species = n_species

    def construct(self, species_ids, weights_kg):
        present, idx = ops.unique(species_ids)
        per_species = ops.unsorted_segment_sum(weights_kg, idx, present.shape[0])
        return present, per_species


def make():
    np.random.seed(17)
    ids = Tensor(np.random.choice([2, 5, 7, 11], size=(30,)).astype(np.int32))
    w = Tensor(np.random.uniform(0.3, 6.0, size=(30,)).astype(np.float32))
    return HaulSpeciesTally(), (ids, w)
