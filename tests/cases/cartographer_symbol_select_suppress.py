# case: suppress low-priority symbols in crowded cells using ops.select with a fixed-shape mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SymbolSuppressor(nn.Cell):
    def __init__(self, limit=3.0, keep_priority=0.7):
        super().__init__()
        self.limit = limit
        self.keep_priority = keep_priority

    def construct(self, cell_counts, cell_of_symbol, priority):
        counts_at_symbol = ops.gather(cell_counts, cell_of_symbol, 0)
        drop = ops.logical_and(counts_at_symbol > self.limit, priority < self.keep_priority)
        alpha = ops.select(drop, ops.zeros_like(priority), ops.ones_like(priority))
        kept = alpha.sum()
        return alpha, kept


def make():
    np.random.seed(44)
    counts = np.random.randint(0, 7, size=(16,)).astype(np.float32)
    cell_of_symbol = np.random.randint(0, 16, size=(50,)).astype(np.int32)
    prio = np.random.rand(50).astype(np.float32)
    return SymbolSuppressor(), (Tensor(counts), Tensor(cell_of_symbol), Tensor(prio))
