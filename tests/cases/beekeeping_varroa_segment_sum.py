# case: varroa mite sticky-board tally sums counts per hive with a fixed number of hive segments from config -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TREATMENT_THRESHOLD = 3.0  # mites per 100 bees


class VarroaBoardTally(nn.Cell):
    def __init__(self, n_hives=8, bees_sampled=300.0):
        super().__init__()
        self.n_hives = n_hives
        self.bees_sampled = bees_sampled

    def infestation(self, per_hive, boards):
        return 100.0 * per_hive / (ops.maximum(boards, 1.0) * self.bees_sampled)

    def construct(self, hive_ids, mite_counts):
        per_hive = ops.unsorted_segment_sum(mite_counts, hive_ids, self.n_hives)
        boards = ops.unsorted_segment_sum(ops.ones_like(mite_counts), hive_ids, self.n_hives)
        rate = self.infestation(per_hive, boards)
        treat = ops.select(rate > TREATMENT_THRESHOLD, ops.ones_like(rate), ops.zeros_like(rate))
        return rate, treat


def make():
    np.random.seed(32)
    hive_ids = np.random.randint(0, 8, size=20).astype(np.int32)
    counts = np.random.poisson(4.0, size=20).astype(np.float32)
    return VarroaBoardTally(), (Tensor(hive_ids), Tensor(counts))
