# case: count distinct fish species seen by the tracker in a video clip and average per-species track length -> ops.unique output size depends on data, expect dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeciesCensus(nn.Cell):
    def __init__(self, num_species=12):
        super().__init__()
        self.num_species = num_species

    def construct(self, species_ids, track_lengths):
        uniq, inverse = ops.unique(species_ids)
        per_species = ops.unsorted_segment_sum(track_lengths, inverse, uniq.shape[0])
        counts = ops.unsorted_segment_sum(ops.ones_like(track_lengths), inverse, uniq.shape[0])
        avg_len = per_species / counts
        return uniq, avg_len


def make():
    np.random.seed(41)
    species = Tensor(np.random.randint(0, 12, size=(64,)).astype(np.int32))
    lengths = Tensor(np.random.uniform(5.0, 300.0, size=(64,)).astype(np.float32))
    return SpeciesCensus(), (species, lengths)
