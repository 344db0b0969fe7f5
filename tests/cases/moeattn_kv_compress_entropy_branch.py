# case: KV compression that halves the cache by pairwise pooling only when attention entropy is low (tensor condition), so the two branches return different lengths -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveKVCompressor(nn.Cell):
    def __init__(self, head_dim=8, entropy_threshold=2.0, pool=2):
        super().__init__()
        self.entropy_threshold = entropy_threshold
        self.pool = pool
        self.scale = head_dim ** -0.5

    def _entropy(self, attn):
        return -(attn * ops.log(attn + 1e-9)).sum(axis=-1).mean()

    def _pool_kv(self, t):
        b, s, d = t.shape
        return t.reshape(b, s // self.pool, self.pool, d).mean(axis=2)

    def construct(self, q, k_cache, v_cache):
        attn = ops.softmax(ops.matmul(q, k_cache.swapaxes(-1, -2)) * self.scale, axis=-1)
        out = ops.matmul(attn, v_cache)
        if self._entropy(attn) < self.entropy_threshold:
            k_cache = self._pool_kv(k_cache)
            v_cache = self._pool_kv(v_cache)
        return out, k_cache, v_cache


def make():
    np.random.seed(16)
    q = Tensor(np.random.randn(2, 1, 8).astype(np.float32) * 3)
    k = Tensor(np.random.randn(2, 8, 8).astype(np.float32))
    v = Tensor(np.random.randn(2, 8, 8).astype(np.float32))
    return AdaptiveKVCompressor(), (q, k, v)
