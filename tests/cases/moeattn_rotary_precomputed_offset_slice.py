# case: rotary position embedding with cos/sin tables precomputed at init, sliced by a Python offset plus the static sequence length -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def build_rope_tables(head_dim, max_len, base=10000.0):
    inv = 1.0 / (base ** (np.arange(0, head_dim, 2, dtype=np.float32) / head_dim))
    freqs = np.outer(np.arange(max_len, dtype=np.float32), inv)
    emb = np.concatenate([freqs, freqs], axis=-1)
    return Tensor(np.cos(emb)), Tensor(np.sin(emb))


def rotate_half(x):
    x1, x2 = ops.chunk(x, 2, axis=-1)
    return ops.concat((-x2, x1), axis=-1)


class RoPESelfAttention(nn.Cell):
    def __init__(self, dim=16, num_heads=2, max_len=64, position_offset=3):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.position_offset = position_offset
        self.cos, self.sin = build_rope_tables(self.head_dim, max_len)
        self.wqkv = nn.Dense(dim, 3 * dim, has_bias=False)

    def _apply_rope(self, t, seq_len):
        cos = self.cos[self.position_offset:self.position_offset + seq_len]
        sin = self.sin[self.position_offset:self.position_offset + seq_len]
        return t * cos + rotate_half(t) * sin

    def construct(self, x):
        b, s, d = x.shape
        q, k, v = ops.split(self.wqkv(x), d, axis=-1)
        q = self._apply_rope(q.reshape(b, s, self.num_heads, -1).swapaxes(1, 2), s)
        k = self._apply_rope(k.reshape(b, s, self.num_heads, -1).swapaxes(1, 2), s)
        v = v.reshape(b, s, self.num_heads, -1).swapaxes(1, 2)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) * self.head_dim ** -0.5, axis=-1)
        return ops.matmul(attn, v).swapaxes(1, 2).reshape(b, s, d)


def make():
    np.random.seed(25)
    x = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return RoPESelfAttention(), (x,)
