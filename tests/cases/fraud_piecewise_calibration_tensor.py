# case: calibrates raw fraud scores by piecewise-linear interpolation over fixed knots written with tensor ops (searchsorted-free, bucket masks) -> all shapes fixed, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PiecewiseCalibrator(nn.Cell):
    def __init__(self, knots=(0.0, 0.3, 0.6, 0.8, 1.0), values=(0.0, 0.05, 0.2, 0.55, 0.97)):
        super().__init__()
        self.x0 = Tensor(np.array(knots[:-1], dtype=np.float32))
        self.x1 = Tensor(np.array(knots[1:], dtype=np.float32))
        self.y0 = Tensor(np.array(values[:-1], dtype=np.float32))
        self.y1 = Tensor(np.array(values[1:], dtype=np.float32))

    def construct(self, raw):
        r = raw.expand_dims(-1)
        in_bucket = ops.logical_and(r >= self.x0, r <= self.x1).astype(ms.float32)
        first = ops.cumsum(in_bucket, axis=-1) == 1
        in_bucket = in_bucket * first.astype(ms.float32)
        frac = (r - self.x0) / (self.x1 - self.x0)
        interp = self.y0 + frac * (self.y1 - self.y0)
        return (interp * in_bucket).sum(axis=-1)


class CalibratedScorer(nn.Cell):
    def __init__(self, feat_dim=6):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(feat_dim, 10), nn.ReLU(), nn.Dense(10, 1))
        self.calib = PiecewiseCalibrator()

    def construct(self, feats):
        raw = ops.sigmoid(self.net(feats)).squeeze(-1)
        return self.calib(raw)


def make():
    np.random.seed(16)
    feats = Tensor(np.random.randn(12, 6).astype(np.float32))
    return CalibratedScorer(), (feats,)
