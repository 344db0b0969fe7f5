# case: alcohol-wash mite survey zeroes colonies under the economic threshold with ops.masked_fill and averages over all -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def per_hundred_bees(mites, bees):
    return 100.0 * mites / bees


class WashSurvey(nn.Cell):
    def __init__(self, econ_threshold=2.0):
        super().__init__()
        self.econ_threshold = econ_threshold

    def construct(self, mites, bees_in_sample):
        rate = per_hundred_bees(mites, bees_in_sample)
        below = rate <= self.econ_threshold
        excess = ops.masked_fill(rate - self.econ_threshold, below, 0.0)
        n_over = (~below).astype(ms.float32).sum()
        severity = excess.sum() / ops.maximum(n_over, 1.0)
        return severity, n_over


def make():
    np.random.seed(102)
    mites = np.random.poisson(6, size=16).astype(np.float32)
    bees = np.full(16, 300.0, np.float32)
    return WashSurvey(), (Tensor(mites), Tensor(bees))
