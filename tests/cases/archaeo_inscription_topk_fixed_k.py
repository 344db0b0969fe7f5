# case: inscription reader returns top-k glyph candidates with k fixed in the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlyphClassifier(nn.Cell):
    def __init__(self, feat_dim=20, n_glyphs=40):
        super().__init__()
        self.hidden = nn.Dense(feat_dim, 32)
        self.out = nn.Dense(32, n_glyphs)

    def construct(self, x):
        return self.out(ops.gelu(self.hidden(x)))


class CandidateReader(nn.Cell):
    def __init__(self, k=5):
        super().__init__()
        self.clf = GlyphClassifier()
        self.k = k

    def construct(self, feats):
        probs = ops.softmax(self.clf(feats), axis=-1)
        values, idx = ops.topk(probs, self.k)
        coverage = values.sum(axis=-1)
        return idx, coverage


def make():
    np.random.seed(32)
    return CandidateReader(), (Tensor(np.random.randn(7, 20).astype(np.float32)),)
