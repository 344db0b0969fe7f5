# case: computes PRR per drug-event pair and zeroes non-signals with ops.where, keeps fixed shape -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PRRSignalScorer(nn.Cell):
    def __init__(self, threshold=2.0, min_cases=3.0, eps=1e-6):
        super().__init__()
        self.threshold = threshold
        self.min_cases = min_cases
        self.eps = eps

    def prr(self, a, b, c, d):
        return (a / (a + b + self.eps)) / (c / (c + d + self.eps) + self.eps)

    def construct(self, table):
        a, b, c, d = table[:, 0], table[:, 1], table[:, 2], table[:, 3]
        ratio = self.prr(a, b, c, d)
        is_signal = ops.logical_and(ratio > self.threshold, a >= self.min_cases)
        scored = ops.where(is_signal, ratio, ops.zeros_like(ratio))
        n_signals = is_signal.astype(ms.int32).sum()
        return scored, n_signals


def make():
    np.random.seed(1)
    table = np.random.randint(1, 40, size=(16, 4)).astype(np.float32)
    return PRRSignalScorer(), (Tensor(table),)
