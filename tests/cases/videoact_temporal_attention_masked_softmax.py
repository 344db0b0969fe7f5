# case: temporal attention pooling over frames with padded positions filled with -inf via ops.select before softmax -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalAttentionPool(nn.Cell):
    """Additive attention over frames (attention-cluster style) with a padding mask."""

    def __init__(self, feat_dim=16, attn_dim=8, temperature=1.0):
        super().__init__()
        self.key = nn.Dense(feat_dim, attn_dim)
        self.score = nn.Dense(attn_dim, 1, has_bias=False)
        self.temperature = temperature

    def attention_weights(self, feats, mask):
        logits = self.score(ops.tanh(self.key(feats))).squeeze(-1) / self.temperature
        neg = ops.full_like(logits, -1e9)
        logits = ops.select(mask, logits, neg)
        return ops.softmax(logits, axis=-1)

    def construct(self, feats, mask=None):
        if mask is None:
            mask = ops.ones(feats.shape[:2], ms.bool_)
        w = self.attention_weights(feats, mask)
        return ops.bmm(w.expand_dims(1), feats).squeeze(1), w


def make():
    np.random.seed(24)
    feats = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 0, 0], [1, 1, 1, 1, 1]], dtype=bool))
    return TemporalAttentionPool(), (feats, mask)
