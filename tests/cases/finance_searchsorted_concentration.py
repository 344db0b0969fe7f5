# case: smallest set of holdings covering 90% of the book, cutoff found by searchsorted then used as slice end -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConcentrationCore(nn.Cell):
    """Returns the weights of the core holdings that explain `coverage` of gross exposure."""

    def __init__(self, coverage=0.9):
        super().__init__()
        self.coverage = coverage

    def sorted_gross(self, weights):
        gross = ops.abs(weights)
        vals, idx = ops.sort(gross, descending=True)
        return vals / vals.sum(), idx

    def construct(self, weights):
        share, order = self.sorted_gross(weights)
        cum = ops.cumsum(share, axis=0)
        cutoff = ops.searchsorted(cum, Tensor([self.coverage], ms.float32))
        n_core = cutoff[0] + 1
        core_idx = order[:n_core]
        return core_idx, ops.gather(weights, core_idx, 0)


def make():
    np.random.seed(16)
    w = (np.random.randn(12) * np.linspace(1.0, 0.1, 12)).astype(np.float32)
    return ConcentrationCore(), (Tensor(w),)
