# case: calibrates raw fraud scores with an isotonic lookup table by pulling scores to the host with .asnumpy() and np.interp inside construct -> host round trip, Graph mode should fail
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IsotonicCalibrator:
    def __init__(self, knots, values):
        self.knots = np.asarray(knots, dtype=np.float32)
        self.values = np.asarray(values, dtype=np.float32)

    def __call__(self, raw):
        return np.interp(raw, self.knots, self.values).astype(np.float32)


class CalibratedScorer(nn.Cell):
    def __init__(self, feat_dim=6):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(feat_dim, 10), nn.ReLU(), nn.Dense(10, 1))
        self.calib = IsotonicCalibrator([0.0, 0.3, 0.6, 0.8, 1.0], [0.0, 0.05, 0.2, 0.55, 0.97])

    def construct(self, feats):
        raw = ops.sigmoid(self.net(feats)).squeeze(-1)
        calibrated = self.calib(raw.asnumpy())
        return Tensor(calibrated)


def make():
    np.random.seed(15)
    feats = Tensor(np.random.randn(12, 6).astype(np.float32))
    return CalibratedScorer(), (feats,)
