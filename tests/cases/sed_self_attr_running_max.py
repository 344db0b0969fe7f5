# case: stores the last batch's peak event probability on self inside construct for later logging -> Graph mode may fail (attribute write of tensor on self)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakTrackingDetector(nn.Cell):
    def __init__(self, in_dim=8, n_classes=3):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_classes)
        self.last_peak = None
        self.n_calls = 0

    def construct(self, feats):
        probs = ops.sigmoid(self.fc(feats))
        peak = probs.max()
        self.last_peak = peak
        self.n_calls = self.n_calls + 1
        return probs


def make():
    np.random.seed(23)
    feats = Tensor(np.random.randn(2, 12, 8).astype(np.float32))
    return PeakTrackingDetector(), (feats,)
