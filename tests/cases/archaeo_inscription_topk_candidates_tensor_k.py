# case: inscription reader returns the top-k glyph candidates where k comes from a tensor count of readable strokes -> error or dynamic shape from a tensor-valued k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrokeCounter(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def construct(self, stroke_map):
        return (stroke_map > self.threshold).astype(ms.int32).sum()


class CandidateGlyphs(nn.Cell):
    def __init__(self, feat_dim=20, n_glyphs=40):
        super().__init__()
        self.counter = StrokeCounter()
        self.cls = nn.Dense(feat_dim, n_glyphs)

    def construct(self, feats, stroke_map):
        k = self.counter(stroke_map)
        logits = self.cls(feats)
        values, idx = ops.topk(logits, k)
        return values, idx


def make():
    np.random.seed(11)
    feats = Tensor(np.random.randn(1, 20).astype(np.float32))
    strokes = Tensor(np.random.rand(4, 4).astype(np.float32))
    return CandidateGlyphs(), (feats, strokes)
