# case: static-size KV cache updated at a decoding position tensor by blending with a one-hot position mask, then attending with a validity mask over all slots -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StaticKVCacheAttention(nn.Cell):
    def __init__(self, dim=8, max_len=8):
        super().__init__()
        self.max_len = max_len
        self.q = nn.Dense(dim, dim)
        self.kv = nn.Dense(dim, 2 * dim)

    def write(self, cache, new, pos):
        slots = ops.arange(self.max_len, dtype=ms.int32)
        hit = (slots == pos).astype(cache.dtype).reshape(1, -1, 1)
        return cache * (1.0 - hit) + new * hit

    def construct(self, x, k_cache, v_cache, pos):
        k_new, v_new = ops.split(self.kv(x), x.shape[-1], axis=-1)
        k_cache = self.write(k_cache, k_new, pos)
        v_cache = self.write(v_cache, v_new, pos)
        valid = ops.arange(self.max_len, dtype=ms.int32) <= pos
        scores = ops.matmul(self.q(x), k_cache.swapaxes(1, 2)) * (x.shape[-1] ** -0.5)
        scores = ops.masked_fill(scores, ~valid.reshape(1, 1, -1), -1e9)
        out = ops.matmul(ops.softmax(scores, axis=-1), v_cache)
        return out, k_cache, v_cache


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(2, 1, 8).astype(np.float32))
    k_cache = Tensor(np.random.randn(2, 8, 8).astype(np.float32))
    v_cache = Tensor(np.random.randn(2, 8, 8).astype(np.float32))
    pos = Tensor(3, ms.int32)
    return StaticKVCacheAttention(), (x, k_cache, v_cache, pos)
