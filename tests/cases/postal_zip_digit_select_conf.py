# case: ZIP code recogniser zeroes low-confidence digit scores with three-argument ops.select and averages over confident digits -> fixed shapes, static
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
        kept = ops.select(confident, best, ops.zeros_like(best))
        n_conf = confident.astype(ms.float32).sum()
        mean_conf = kept.sum() / ops.maximum(n_conf, Tensor(1.0, ms.float32))
        return mean_conf, logits.argmax(axis=-1)


def make():
    np.random.seed(12)
    feats = Tensor(np.random.randn(5, 48).astype(np.float32) * 3)
    return ZipDigitHead(), (feats,)
