# case: causal sliding-window attention whose band mask is built from arange over the static sequence length and applied with ops.where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlidingWindowSelfAttention(nn.Cell):
    def __init__(self, dim=16, num_heads=4, window_size=3, causal=True):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.window_size = window_size
        self.causal = causal
        self.qkv = nn.Dense(dim, 3 * dim)
        self.proj = nn.Dense(dim, dim)

    def _window_mask(self, seq_len):
        i = ops.arange(seq_len).reshape(-1, 1)
        j = ops.arange(seq_len).reshape(1, -1)
        allowed = ops.abs(i - j) <= self.window_size
        if self.causal:
            allowed = ops.logical_and(allowed, j <= i)
        return allowed

    def construct(self, x):
        b, s, d = x.shape
        qkv = self.qkv(x).reshape(b, s, 3, self.num_heads, self.head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * (self.head_dim ** -0.5)
        neg = ops.full_like(scores, -1e9)
        scores = ops.where(self._window_mask(s), scores, neg)
        out = ops.matmul(ops.softmax(scores, axis=-1), v)
        return self.proj(out.transpose(0, 2, 1, 3).reshape(b, s, d))


def make():
    np.random.seed(22)
    x = Tensor(np.random.randn(2, 7, 16).astype(np.float32))
    return SlidingWindowSelfAttention(), (x,)
