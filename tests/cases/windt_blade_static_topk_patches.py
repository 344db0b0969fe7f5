# case: blade-damage head keeps the top-k crack patches with k fixed in the constructor -> k is a Python int, static shapes expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchScorer(nn.Cell):
    def __init__(self, feat_dim=16):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)

    def construct(self, feats):
        return ops.sigmoid(self.fc(feats)).squeeze(-1)


class TopKCrackPooling(nn.Cell):
    def __init__(self, feat_dim=16, k=5):
        super().__init__()
        self.scorer = PatchScorer(feat_dim)
        self.k = k

    def construct(self, feats):
        scores = self.scorer(feats)
        top_scores, top_idx = ops.topk(scores, self.k)
        top_feats = ops.gather(feats, top_idx, 0)
        weights = ops.softmax(top_scores, axis=0).expand_dims(-1)
        return (top_feats * weights).sum(axis=0)


def make():
    np.random.seed(22)
    feats = Tensor(np.random.randn(24, 16).astype(np.float32))
    return TopKCrackPooling(), (feats,)
