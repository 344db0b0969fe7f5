# case: build a plain Python ReleaseReport object inside construct to collect readiness sub-scores, then return its total -> plain class instantiated in construct, Graph mode likely rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReleaseReport:
    def __init__(self):
        self.flight = None
        self.weight = None
        self.hunting = None

    def total(self):
        return 0.4 * self.flight + 0.3 * self.weight + 0.3 * self.hunting


class ReleaseScorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flight_head = nn.Dense(8, 1)

    def construct(self, flight_feats, weight_ratio, kill_rate):
        report = ReleaseReport()
        report.flight = ops.sigmoid(self.flight_head(flight_feats)).mean()
        report.weight = 1.0 - ops.abs(weight_ratio - 1.0)
        report.hunting = kill_rate
        return report.total()


def make():
    np.random.seed(3181)
    feats = Tensor(np.random.randn(12, 8).astype(np.float32))
    return ReleaseScorer(), (feats, Tensor(np.float32(0.97)), Tensor(np.float32(0.6)))
