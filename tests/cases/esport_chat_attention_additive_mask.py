# case: toxicity attention pooling over chat tokens masks padding by adding a large negative value to the scores before softmax -> additive mask, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionPool(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.query = nn.Dense(dim, 1, has_bias=False)

    def construct(self, h, pad_mask):
        scores = self.query(h).squeeze(-1)
        scores = scores + (1.0 - pad_mask) * -1e9
        attn = ops.softmax(scores, axis=-1)
        return (attn.expand_dims(-1) * h).sum(axis=1)


class ToxicAttentionModel(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.pool = AttentionPool(dim)
        self.cls = nn.Dense(dim, 2)

    def construct(self, chat_emb, pad_mask):
        pooled = self.pool(chat_emb, pad_mask)
        return ops.log_softmax(self.cls(pooled), axis=-1)


def make():
    np.random.seed(41)
    emb = Tensor(np.random.randn(3, 9, 16).astype(np.float32))
    mask = np.ones((3, 9), dtype=np.float32)
    mask[0, 6:] = 0
    mask[2, 3:] = 0
    return ToxicAttentionModel(16), (emb, Tensor(mask))
