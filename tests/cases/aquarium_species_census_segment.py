# case: average track length per species with a fixed species catalogue size for the segment sum -> constant number of segments, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeciesCensus(nn.Cell):
    def __init__(self, num_species=12):
        super().__init__()
        self.num_species = num_species

    def construct(self, species_ids, track_lengths):
        per_species = ops.unsorted_segment_sum(track_lengths, species_ids, self.num_species)
        counts = ops.unsorted_segment_sum(ops.ones_like(track_lengths), species_ids, self.num_species)
        avg_len = per_species / ops.maximum(counts, ops.ones_like(counts))
        present = (counts > 0).astype(ms.int32).sum()
        return avg_len, present


def make():
    np.random.seed(42)
    species = Tensor(np.random.randint(0, 12, size=(64,)).astype(np.int32))
    lengths = Tensor(np.random.uniform(5.0, 300.0, size=(64,)).astype(np.float32))
    return SpeciesCensus(), (species, lengths)
