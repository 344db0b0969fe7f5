# case: pick out feature rows of rejected parts with boolean-mask indexing feats[mask] and average them -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RejectedPartProfile(nn.Cell):
    def __init__(self, n_feat=6, limit=1.0):
        super().__init__()
        self.limit = limit
        self.proj = nn.Dense(n_feat, n_feat)

    def deviation(self, feats, nominal):
        return ops.abs(feats - nominal).max(axis=1)

    def construct(self, feats, nominal):
        dev = self.deviation(feats, nominal)
        rejected = dev > self.limit
        bad_rows = feats[rejected]
        profile = self.proj(bad_rows).mean(axis=0)
        return profile


def make():
    np.random.seed(8)
    feats = Tensor(np.random.randn(10, 6).astype(np.float32))
    nominal = Tensor(np.zeros((1, 6), np.float32))
    return RejectedPartProfile(), (feats, nominal)
