# case: a config flag chooses between returning the summary of the fill curve (1 value) or the full curve -> branch on a Python config flag with different shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FillReporter(nn.Cell):
    def __init__(self, summary_only=True, target_m=6.0):
        super().__init__()
        self.summary_only = summary_only
        self.target = target_m

    def construct(self, curve):
        gap = self.target - curve
        if self.summary_only:
            out = gap[-1:]
        else:
            out = gap
        return out


def make():
    np.random.seed(203)
    c = np.linspace(0.5, 5.0, 16).astype(np.float32) + np.random.randn(16).astype(np.float32) * 0.01
    return FillReporter(), (Tensor(c),)
