# case: average the five best copper assay intervals of a drill hole using a configured k -> k is a python constant, graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BestIntervalAverager(nn.Cell):
    """Mean of the k richest intervals, k set by the resource geologist."""

    def __init__(self, k_best=5, cutoff=0.45):
        super().__init__()
        self.k_best = k_best
        self.cutoff = cutoff

    def ore_fraction(self, assays):
        above = (assays > self.cutoff).astype(ms.float32)
        return above.mean()

    def construct(self, assays):
        best, idx = ops.topk(assays, self.k_best)
        frac = self.ore_fraction(assays)
        return best.mean(), frac, idx


def make():
    np.random.seed(12)
    cu = np.random.lognormal(mean=-1.0, sigma=0.6, size=(48,)).astype(np.float32)
    return BestIntervalAverager(), (Tensor(cu),)
