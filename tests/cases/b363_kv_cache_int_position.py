# case: decode-step KV cache writes the new key/value at a slot taken with int() from the position tensor inside a helper, then attends over the cache -> int() on a tensor value in construct; expect Graph mode to reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CacheConfig:
    def __init__(self, batch_size=2, num_heads=4, head_dim=8, max_seq_len=32, use_cache=True):
        self.batch_size = batch_size
        self.num_heads = num_heads
        self.head_dim = head_dim
        self.max_seq_len = max_seq_len
        self.use_cache = use_cache


class CachedSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_cache = config.use_cache
        self.scale = config.head_dim ** -0.5
        self._init_cache(config)

    def _init_cache(self, config):
        shape = (config.batch_size, config.num_heads, config.max_seq_len, config.head_dim)
        self.k_cache = Parameter(Tensor(np.zeros(shape, np.float32)), name="k_cache", requires_grad=False)
        self.v_cache = Parameter(Tensor(np.zeros(shape, np.float32)), name="v_cache", requires_grad=False)

    def _write_slot(self, cache, value, position):
        pos = int(position)
        cache[:, :, pos:pos + 1, :] = value
        return cache

    def construct(self, query, key, value, position):
        if self.use_cache:
            keys = self._write_slot(self.k_cache, key, position)
            values = self._write_slot(self.v_cache, value, position)
        else:
            keys, values = key, value
        scores = ops.matmul(query, keys.swapaxes(-1, -2)) * self.scale
        probs = ops.softmax(scores, axis=-1)
        return ops.matmul(probs, values)


def make():
    np.random.seed(3631)
    cfg = CacheConfig()
    q = Tensor(np.random.randn(2, 4, 1, 8).astype(np.float32))
    k = Tensor(np.random.randn(2, 4, 1, 8).astype(np.float32))
    v = Tensor(np.random.randn(2, 4, 1, 8).astype(np.float32))
    position = Tensor(5, ms.int32)
    return CachedSelfAttention(cfg), (q, k, v, position)
