# case: sliding-window (banded) causal mask built from arange comparisons and a config window -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MistralStyleAttention(nn.Cell):
    def __init__(self, hidden=8, num_heads=2, sliding_window=3):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = hidden // num_heads
        self.sliding_window = sliding_window
        self.qkv = nn.Dense(hidden, 3 * hidden)
        self.o = nn.Dense(hidden, hidden)

    def _band_mask(self, seq_len):
        i = ops.arange(seq_len).reshape(-1, 1)
        j = ops.arange(seq_len).reshape(1, -1)
        allowed = ops.logical_and(j <= i, i - j < self.sliding_window)
        return allowed.reshape(1, 1, seq_len, seq_len)

    def construct(self, x):
        b, s, hdim = x.shape
        qkv = self.qkv(x).reshape(b, s, 3, self.num_heads, self.head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5)
        scores = ops.masked_fill(scores, ops.logical_not(self._band_mask(s)), -1e9)
        out = ops.matmul(ops.softmax(scores, axis=-1), v)
        return self.o(out.transpose(0, 2, 1, 3).reshape(b, s, hdim))


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(1, 6, 8).astype(np.float32))
    return MistralStyleAttention(), (x,)
