# case: de-duplicate bib numbers read at the finish mat with ops.unique and count finishers -> unique output length depends on data, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FinishCounter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cast = ops.Cast()

    def construct(self, bibs, read_times):
        uniq, inv = ops.unique(bibs)
        n_finishers = uniq.shape[0]
        # first read time for each bib
        first = ops.unsorted_segment_min(read_times, inv, n_finishers)
        return uniq, first


def make():
    np.random.seed(51)
    bibs = np.random.choice(np.arange(1000, 1060), size=150).astype(np.int32)
    times = np.random.uniform(10800, 14400, 150).astype(np.float32)
    return FinishCounter(), (Tensor(bibs), Tensor(times))
