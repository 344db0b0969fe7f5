# case: chunked streaming self-attention that keeps the last left_context frames of a key/value cache -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingSelfAttention(nn.Cell):
    def __init__(self, dim=16, num_heads=2, left_context=8):
        super().__init__()
        self.qkv = nn.Dense(dim, 3 * dim)
        self.out = nn.Dense(dim, dim)
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.left_context = left_context

    def _split(self, x):
        b, t, _ = x.shape
        return x.reshape(b, t, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, chunk, kv_cache):
        # chunk: (B, C, D), kv_cache: (B, L, 2D)
        q, k, v = ops.split(self.qkv(chunk), chunk.shape[-1], axis=-1)
        kv = ops.concat((kv_cache, ops.concat((k, v), axis=-1)), axis=1)
        new_cache = kv[:, -self.left_context:]
        k_all, v_all = ops.split(kv, chunk.shape[-1], axis=-1)
        q, k_all, v_all = self._split(q), self._split(k_all), self._split(v_all)
        att = ops.softmax(ops.matmul(q, k_all.swapaxes(-1, -2)) / self.head_dim ** 0.5, axis=-1)
        ctx = ops.matmul(att, v_all).transpose(0, 2, 1, 3)
        b, c = chunk.shape[0], chunk.shape[1]
        return self.out(ctx.reshape(b, c, -1)), new_cache


def make():
    np.random.seed(10)
    chunk = Tensor(np.random.randn(1, 4, 16).astype(np.float32))
    cache = Tensor(np.zeros((1, 8, 32), dtype=np.float32))
    return StreamingSelfAttention(), (chunk, cache)
