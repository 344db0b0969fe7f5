# case: pull out the lengths of fish flagged as bycatch with a boolean mask before summing their weight -> boolean-mask indexing gives a data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def length_to_weight(length_cm, a=0.0105, b=3.05):
    return a * ops.pow(length_cm, b)


class BycatchTally(nn.Cell):
    def __init__(self, target_species=(0, 1, 2)):
        super().__init__()
        self.target = Tensor(np.array(target_species, dtype=np.int32))

    def construct(self, species_ids, lengths_cm):
        is_target = (species_ids.expand_dims(-1) == self.target).any(axis=-1)
        bycatch_len = lengths_cm[~is_target]
        bycatch_kg = length_to_weight(bycatch_len) / 1000.0
        return bycatch_kg.sum(), bycatch_len.shape[0]


def make():
    np.random.seed(13)
    species = Tensor(np.random.randint(0, 8, size=(40,)).astype(np.int32))
    lengths = Tensor(np.random.uniform(15, 90, size=(40,)).astype(np.float32))
    return BycatchTally(), (species, lengths)
