# case: bucking optimiser sorts candidate log values with ops.sort and keeps a fixed best-3 via slicing with constructor n_keep, while loop over a Python int -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BuckingRanker(nn.Cell):
    """Ranks bucking patterns of a stem by value (EUR) minus a length penalty."""

    def __init__(self, n_keep=3, price_per_m3=65.0, refine_steps=2):
        super().__init__()
        self.n_keep = n_keep
        self.price_per_m3 = price_per_m3
        self.refine_steps = refine_steps

    def construct(self, pattern_volumes, pattern_lengths):
        value = pattern_volumes * self.price_per_m3
        step = 0
        while step < self.refine_steps:
            value = value - 0.1 * ops.relu(pattern_lengths - 5.4)
            step += 1
        ranked, order = ops.sort(value, descending=True)
        return ranked[:self.n_keep], order[:self.n_keep]


def make():
    np.random.seed(22)
    vols = Tensor(np.random.uniform(0.1, 0.9, (12,)).astype(np.float32))
    lens = Tensor(np.random.uniform(3.0, 6.0, (12,)).astype(np.float32))
    return BuckingRanker(), (vols, lens)
