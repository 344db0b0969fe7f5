# case: ZIP code recogniser keeps only digit logits whose confidence passes a threshold via ops.masked_select before averaging -> masked_select output length depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZipDigitHead(nn.Cell):
    def __init__(self, feat_dim=48, n_classes=10, conf=0.3):
        super().__init__()
        self.cls = nn.Dense(feat_dim, n_classes)
        self.conf = conf

    def construct(self, glyph_feats):
        logits = self.cls(glyph_feats)
        probs = ops.softmax(logits, axis=-1)
        best = probs.max(axis=-1)
        confident = best > self.conf
        kept = ops.masked_select(best, confident)
        return kept.mean(), logits.argmax(axis=-1)


def make():
    np.random.seed(11)
    feats = Tensor(np.random.randn(5, 48).astype(np.float32) * 3)
    return ZipDigitHead(), (feats,)
