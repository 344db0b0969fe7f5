# case: decoder self-attention that trims the KV cache to the number of valid cached positions read from a length tensor -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachedSelfAttention(nn.Cell):
    def __init__(self, dim=16, num_heads=2):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.qkv = nn.Dense(dim, dim * 3)
        self.proj = nn.Dense(dim, dim)
        self.scale = self.head_dim ** -0.5

    def _split_heads(self, t):
        b, s, _ = t.shape
        return t.reshape(b, s, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, x, k_cache, v_cache, cache_len):
        b, s, d = x.shape
        q, k, v = ops.split(self.qkv(x), d, axis=-1)
        q, k, v = self._split_heads(q), self._split_heads(k), self._split_heads(v)
        valid = cache_len[0]
        k_past = k_cache[:, :, :valid]
        v_past = v_cache[:, :, :valid]
        k = ops.concat((k_past, k), axis=2)
        v = ops.concat((v_past, v), axis=2)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) * self.scale, axis=-1)
        out = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(b, s, d)
        return self.proj(out)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(1, 3, 16).astype(np.float32))
    k_cache = Tensor(np.random.randn(1, 2, 10, 8).astype(np.float32))
    v_cache = Tensor(np.random.randn(1, 2, 10, 8).astype(np.float32))
    cache_len = Tensor(np.array([6], dtype=np.int32))
    return CachedSelfAttention(), (x, k_cache, v_cache, cache_len)
