# case: sliding-window causal attention whose band mask is built from arange over the static sequence length and applied with ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlidingWindowAttention(nn.Cell):
    def __init__(self, dim=16, num_heads=2, window=3):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.window = window
        self.qkv = nn.Dense(dim, 3 * dim)
        self.out = nn.Dense(dim, dim)

    def window_mask(self, seq_len):
        i = ops.arange(seq_len).reshape(-1, 1)
        j = ops.arange(seq_len).reshape(1, -1)
        return ops.logical_and(j <= i, (i - j) < self.window)

    def construct(self, x):
        b, s, d = x.shape
        qkv = self.qkv(x).reshape(b, s, 3, self.num_heads, self.head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * (self.head_dim ** -0.5)
        mask = ops.broadcast_to(self.window_mask(s), scores.shape)
        scores = ops.select(mask, scores, ops.full_like(scores, -1e9))
        out = ops.matmul(ops.softmax(scores, axis=-1), v)
        return self.out(out.transpose(0, 2, 1, 3).reshape(b, s, d))


def make():
    np.random.seed(20)
    x = Tensor(np.random.randn(2, 7, 16).astype(np.float32))
    return SlidingWindowAttention(), (x,)
