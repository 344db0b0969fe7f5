# case: panel rating matrix with skipped odorants kept dense, missingness carried as a 0/1 mask multiplied in before averaging -> dense masks, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedPanelAggregate(nn.Cell):
    def __init__(self, min_coverage=1.0, scale_max=9.0):
        super().__init__()
        self.min_coverage = min_coverage
        self.scale_max = scale_max

    def construct(self, ratings, observed, assessor_weight):
        m = observed.astype(ms.float32)
        w = assessor_weight.reshape(-1, 1) * m
        totals = (w * ratings).sum(axis=0)
        coverage = w.sum(axis=0)
        mean = totals / ops.maximum(coverage, Tensor(1e-6, ms.float32))
        enough = coverage >= self.min_coverage * 0.1
        mean = ops.select(enough, mean, ops.zeros_like(mean))
        return mean / self.scale_max, coverage


def make():
    np.random.seed(93)
    observed = np.random.rand(6, 9) < 0.5
    ratings = (np.random.randint(1, 10, (6, 9)) * observed).astype(np.float32)
    w = np.random.rand(6).astype(np.float32)
    return MaskedPanelAggregate(), (Tensor(ratings), Tensor(observed), Tensor(w))
