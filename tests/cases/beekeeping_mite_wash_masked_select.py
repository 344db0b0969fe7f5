# case: alcohol-wash mite survey pulls out counts from colonies above the economic threshold using ops.masked_select before averaging -> masked_select gives a data-dependent shape in Graph mode
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
        over = ops.masked_select(rate, rate > self.econ_threshold)
        severity = over.mean() - self.econ_threshold
        return severity, over.shape[0]


def make():
    np.random.seed(101)
    mites = np.random.poisson(6, size=16).astype(np.float32)
    bees = np.full(16, 300.0, np.float32)
    return WashSurvey(), (Tensor(mites), Tensor(bees))
