# case: languid height regressor wraps the nicking-depth correction in try/except inside construct to fall back to zero -> try statement in graph, expected to be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LanguidVoicer(nn.Cell):
    def __init__(self, n_feats=8, max_nick_mm=0.6):
        super().__init__()
        self.height = nn.Dense(n_feats, 1)
        self.nicking = nn.Dense(n_feats, 1)
        self.max_nick_mm = max_nick_mm

    def nick_correction(self, feats):
        return ops.tanh(self.nicking(feats)) * self.max_nick_mm

    def construct(self, feats):
        h = self.height(feats)
        try:
            nick = self.nick_correction(feats)
        except ValueError:
            nick = ops.zeros_like(h)
        return h + nick


def make():
    np.random.seed(327)
    feats = np.random.randn(6, 8).astype(np.float32)
    return LanguidVoicer(), (Tensor(feats),)
