# case: Shaw-style relative position representations, distances clipped to max_relative_position and added to attention logits -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelativePositionEmbedding(nn.Cell):
    def __init__(self, head_dim=4, max_relative_position=3):
        super().__init__()
        self.max_rel = max_relative_position
        self.table = nn.Embedding(2 * max_relative_position + 1, head_dim)

    def construct(self, length_q, length_k):
        rq = ops.arange(length_q, dtype=ms.int32)
        rk = ops.arange(length_k, dtype=ms.int32)
        dist = rk.expand_dims(0) - rq.expand_dims(1)
        dist = ops.clamp(dist, -self.max_rel, self.max_rel) + self.max_rel
        return self.table(dist)


class RelativeSelfAttention(nn.Cell):
    def __init__(self, hidden=8, num_heads=2, max_relative_position=3):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = hidden // num_heads
        self.qk = nn.Dense(hidden, 2 * hidden)
        self.rel_k = RelativePositionEmbedding(self.head_dim, max_relative_position)

    def construct(self, x, key_padding_mask):
        b, s, h = x.shape
        q, k = ops.split(self.qk(x), h, -1)
        q = q.reshape(b, s, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)
        k = k.reshape(b, s, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)
        rel = self.rel_k(s, s)
        q_t = q.transpose(2, 0, 1, 3).reshape(s, b * self.num_heads, self.head_dim)
        rel_logits = ops.matmul(q_t, rel.swapaxes(-1, -2)).reshape(s, b, self.num_heads, s).transpose(1, 2, 0, 3)
        logits = ops.matmul(q, k.swapaxes(-1, -2)) + rel_logits
        logits = logits / (self.head_dim ** 0.5)
        logits = ops.masked_fill(logits, key_padding_mask.expand_dims(1).expand_dims(1), -1e9)
        return ops.softmax(logits, -1)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    kpm = Tensor(np.array([[0, 0, 0, 1, 1], [0, 0, 0, 0, 0]], bool))
    return RelativeSelfAttention(), (x, kpm)
