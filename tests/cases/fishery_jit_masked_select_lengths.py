# case: jitted length-frequency helper keeps only undersized fish with ops.masked_select before histogramming -> masked_select output size depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MLS_CM = 35.0
BIN_CM = 5.0


@ms.jit
def undersize_length_freq(lengths_cm):
    small = ops.masked_select(lengths_cm, lengths_cm < MLS_CM)
    bins = ops.floor(small / BIN_CM).astype(ms.int32)
    freq = ops.unsorted_segment_sum(ops.ones_like(small), bins, 7)
    return freq, small.mean()


def make():
    np.random.seed(49)
    lengths = Tensor(np.random.uniform(10, 60, size=(80,)).astype(np.float32))
    return undersize_length_freq, (lengths,)
