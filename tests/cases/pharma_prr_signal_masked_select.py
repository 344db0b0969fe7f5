# case: computes proportional reporting ratios per drug-event pair and keeps only PRR>2 via masked_select -> dynamic shape output
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PRRSignalDetector(nn.Cell):
    def __init__(self, threshold=2.0, eps=1e-6):
        super().__init__()
        self.threshold = threshold
        self.eps = eps

    def prr(self, a, b, c, d):
        left = a / (a + b + self.eps)
        right = c / (c + d + self.eps)
        return left / (right + self.eps)

    def construct(self, table):
        # table: (pairs, 4) with columns a, b, c, d of the 2x2 contingency table
        a = table[:, 0]
        b = table[:, 1]
        c = table[:, 2]
        d = table[:, 3]
        ratio = self.prr(a, b, c, d)
        flagged = ratio > self.threshold
        signals = ops.masked_select(ratio, flagged)
        return signals


def make():
    np.random.seed(0)
    table = np.random.randint(1, 50, size=(12, 4)).astype(np.float32)
    return PRRSignalDetector(), (Tensor(table),)
