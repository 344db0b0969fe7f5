# case: per-species weight tally accumulated in a Python dict whose keys are species ids read from the tensor with int() inside construct -> dict keyed by tensor values, loop over tensor elements
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeciesLedger(nn.Cell):
    def __init__(self, n_fish=12):
        super().__init__()
        self.n_fish = n_fish

    def construct(self, species_ids, weights_kg):
        tally = {}
        for i in range(self.n_fish):
            sp = int(species_ids[i])
            if sp in tally:
                tally[sp] = tally[sp] + weights_kg[i]
            else:
                tally[sp] = weights_kg[i]
        return len(tally), weights_kg.sum()


def make():
    np.random.seed(43)
    ids = Tensor(np.random.choice([3, 4, 9], size=(12,)).astype(np.int32))
    w = Tensor(np.random.uniform(0.5, 5.0, size=(12,)).astype(np.float32))
    return SpeciesLedger(), (ids, w)
