# case: collect the priorities of symbols that fall inside crowded cells with ops.masked_select -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrowdedPriorities(nn.Cell):
    def __init__(self, limit=3.0):
        super().__init__()
        self.limit = limit

    def construct(self, cell_counts, cell_of_symbol, priority):
        counts_at_symbol = ops.gather(cell_counts, cell_of_symbol, 0)
        in_crowd = counts_at_symbol > self.limit
        p = ops.masked_select(priority, in_crowd)
        return p.sum(), ops.sort(p)[0]


def make():
    np.random.seed(43)
    counts = np.random.randint(0, 7, size=(16,)).astype(np.float32)
    cell_of_symbol = np.random.randint(0, 16, size=(50,)).astype(np.int32)
    prio = np.random.rand(50).astype(np.float32)
    return CrowdedPriorities(), (Tensor(counts), Tensor(cell_of_symbol), Tensor(prio))
