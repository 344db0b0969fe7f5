# case: attention layer stores the key/value cache on self inside construct (self.past_key = k) -> compile error at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachedSelfAttention(nn.Cell):
    def __init__(self, dim=16, num_heads=2, use_cache=True):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.qkv = nn.Dense(dim, dim * 3)
        self.o_proj = nn.Dense(dim, dim)
        self.use_cache = use_cache
        self.past_key = None
        self.past_value = None

    def _split_heads(self, t):
        b, s, _ = t.shape
        return t.view(b, s, self.num_heads, self.head_dim).permute(0, 2, 1, 3)

    def construct(self, x):
        b, s, d = x.shape
        q, k, v = self.qkv(x).chunk(3, -1)
        q, k, v = self._split_heads(q), self._split_heads(k), self._split_heads(v)
        if self.use_cache and self.past_key is not None:
            k = ops.cat([self.past_key, k], axis=2)
            v = ops.cat([self.past_value, v], axis=2)
        attn = ops.softmax(q @ k.swapaxes(-1, -2) / (self.head_dim ** 0.5), -1)
        out = (attn @ v).permute(0, 2, 1, 3).contiguous().view(b, s, d)
        if self.use_cache:
            self.past_key = k
            self.past_value = v
        return self.o_proj(out)


def make():
    np.random.seed(12)
    x = np.random.randn(2, 4, 16).astype(np.float32)
    return CachedSelfAttention(), (Tensor(x),)
