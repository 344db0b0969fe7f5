# case: jitted length-frequency helper histograms all fish into fixed 5 cm bins and weights undersized fish by a mask -> fixed-size segment sum, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MLS_CM = 35.0
BIN_CM = 5.0
N_BINS = 14


@ms.jit
def length_freq(lengths_cm):
    bins = ops.clip_by_value(ops.floor(lengths_cm / BIN_CM), 0, N_BINS - 1).astype(ms.int32)
    small = (lengths_cm < MLS_CM).astype(ms.float32)
    all_freq = ops.unsorted_segment_sum(ops.ones_like(lengths_cm), bins, N_BINS)
    small_freq = ops.unsorted_segment_sum(small, bins, N_BINS)
    return all_freq, small_freq


def make():
    np.random.seed(50)
    lengths = Tensor(np.random.uniform(10, 60, size=(80,)).astype(np.float32))
    return length_freq, (lengths,)
