# case: localization head wraps start/end/score tensors into a plain Python Proposal object and returns its fields -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Proposal:
    def __init__(self, start, end, score):
        self.start = start
        self.end = end
        self.score = score

    def duration(self):
        return self.end - self.start


class BoundaryRegressor(nn.Cell):
    """Regresses the best proposal's boundaries from pooled clip features."""

    def __init__(self, feat_dim=16, clip_len=32.0):
        super().__init__()
        self.reg = nn.Dense(feat_dim, 3)
        self.clip_len = clip_len

    def construct(self, feats):
        pooled = feats.mean(axis=1)  # (B, C)
        out = self.reg(pooled)
        center = ops.sigmoid(out[:, 0]) * self.clip_len
        half = ops.exp(out[:, 1]) * 0.5
        prop = Proposal(center - half, center + half, ops.sigmoid(out[:, 2]))
        return prop.start, prop.end, prop.score * prop.duration()


def make():
    np.random.seed(7)
    feats = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return BoundaryRegressor(), (feats,)
