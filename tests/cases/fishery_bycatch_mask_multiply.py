# case: sum bycatch weight per haul by multiplying lengths-derived weights with a float bycatch mask -> mask used arithmetically, fixed shapes, static graph
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
        bycatch_mask = (~is_target).astype(ms.float32)
        kg = length_to_weight(lengths_cm) / 1000.0
        bycatch_kg = (kg * bycatch_mask).sum()
        n_bycatch = bycatch_mask.sum()
        return bycatch_kg, n_bycatch


def make():
    np.random.seed(14)
    species = Tensor(np.random.randint(0, 8, size=(40,)).astype(np.int32))
    lengths = Tensor(np.random.uniform(15, 90, size=(40,)).astype(np.float32))
    return BycatchTally(), (species, lengths)
