# case: blade-damage pipeline keeps only drone patches flagged as blade pixels by boolean-mask indexing feats[mask] before classifying -> boolean indexing gives data-dependent rows, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DamageClassifier(nn.Cell):
    def __init__(self, feat_dim=20, n_classes=4):
        super().__init__()
        self.head = nn.SequentialCell([nn.Dense(feat_dim, 16), nn.ReLU(), nn.Dense(16, n_classes)])

    def construct(self, feats):
        return self.head(feats)


class BladePatchFilter(nn.Cell):
    def __init__(self, feat_dim=20, blade_thresh=0.4):
        super().__init__()
        self.cls = DamageClassifier(feat_dim)
        self.blade_thresh = blade_thresh

    def construct(self, feats, blade_prob):
        keep = blade_prob > self.blade_thresh
        blade_feats = feats[keep]
        logits = self.cls(blade_feats)
        return ops.softmax(logits, axis=-1).mean(axis=0)


def make():
    np.random.seed(5)
    feats = Tensor(np.random.randn(32, 20).astype(np.float32))
    prob = Tensor(np.random.rand(32).astype(np.float32))
    return BladePatchFilter(), (feats, prob)
