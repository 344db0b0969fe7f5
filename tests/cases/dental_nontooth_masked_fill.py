# case: suppress caries logits outside the tooth segmentation with masked_fill before a softmax over pixels -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ToothMaskedAttention(nn.Cell):
    """Attention pooling of caries features restricted to tooth pixels."""

    def __init__(self, channels=6, fill_value=-1e4):
        super().__init__()
        self.attn = nn.Conv2d(channels, 1, 1)
        self.cls = nn.Dense(channels, 3)
        self.fill_value = fill_value

    def construct(self, feat, tooth_mask):
        b, c, h, w = feat.shape
        logits = self.attn(feat).reshape(b, h * w)
        outside = tooth_mask.reshape(b, h * w) < 0.5
        logits = ops.masked_fill(logits, outside, self.fill_value)
        weights = ops.softmax(logits, axis=-1)
        pooled = ops.bmm(feat.reshape(b, c, h * w), weights.expand_dims(-1)).squeeze(-1)
        return ops.softmax(self.cls(pooled), axis=-1)


def make():
    np.random.seed(37)
    feat = np.random.randn(2, 6, 10, 10).astype(np.float32)
    mask = (np.random.rand(2, 1, 10, 10) > 0.4).astype(np.float32)
    return ToothMaskedAttention(), (Tensor(feat), Tensor(mask))
