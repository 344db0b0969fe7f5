# case: greedy CTC-style decoding of an inscription line appends non-blank glyph ids to a Python list in a loop with a tensor-valued condition -> error or dynamic list growth in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LineRecognizer(nn.Cell):
    def __init__(self, feat_dim=16, n_glyphs=12, blank_id=0):
        super().__init__()
        self.proj = nn.Dense(feat_dim, n_glyphs)
        self.blank_id = blank_id

    def construct(self, column_feats):
        logits = self.proj(column_feats)
        best = ops.argmax(logits, dim=-1)
        decoded = []
        prev = -1
        for t in range(best.shape[0]):
            g = best[t]
            if g != self.blank_id and g != prev:
                decoded.append(g)
            prev = g
        return ops.stack(decoded)


def make():
    np.random.seed(6)
    feats = Tensor(np.random.randn(10, 16).astype(np.float32))
    return LineRecognizer(), (feats,)
