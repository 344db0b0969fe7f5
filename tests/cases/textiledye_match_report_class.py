# case: build a plain Python MatchReport object inside construct to hold delta-E and pass/fail, then return its fields -> plain class instance created in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MatchReport:
    def __init__(self, delta_e, tolerance):
        self.delta_e = delta_e
        self.tolerance = tolerance
        self.passed = delta_e <= tolerance

    def margin(self):
        return self.tolerance - self.delta_e


class ColourMatcher(nn.Cell):
    def __init__(self, tolerance=1.0):
        super().__init__()
        self.tolerance = tolerance

    def construct(self, lab_batch, lab_std):
        d = lab_batch - lab_std
        de = ops.sqrt((d * d).sum(axis=1))
        report = MatchReport(de, self.tolerance)
        return report.margin(), report.passed


def make():
    np.random.seed(29)
    std = np.array([60.0, -12.0, 35.0], np.float32)
    lab = (std + np.random.randn(10, 3)).astype(np.float32)
    return ColourMatcher(), (Tensor(lab), Tensor(std))
