# case: static KV cache kept as Parameters created in a helper, updated in place at cache_position with ops.scatter_update and read back whole with a position mask -> fixed cache shape, static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CacheConfig:
    def __init__(self, hidden_size=32, num_kv_heads=2, head_dim=8, max_cache_len=8):
        self.hidden_size = hidden_size
        self.num_kv_heads = num_kv_heads
        self.head_dim = head_dim
        self.max_cache_len = max_cache_len


class StaticCacheAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.kvh = config.num_kv_heads
        self.d = config.head_dim
        self.max_len = config.max_cache_len
        self.q_proj = nn.Dense(config.hidden_size, self.kvh * self.d)
        self.k_proj = nn.Dense(config.hidden_size, self.kvh * self.d)
        self.v_proj = nn.Dense(config.hidden_size, self.kvh * self.d)
        self._init_cache()

    def _init_cache(self):
        shape = (self.max_len, self.kvh, self.d)
        self.key_cache = ms.Parameter(Tensor(np.zeros(shape, np.float32)), name="key_cache", requires_grad=False)
        self.value_cache = ms.Parameter(Tensor(np.zeros(shape, np.float32)), name="value_cache", requires_grad=False)

    def construct(self, hidden_states, cache_position):
        s = hidden_states.shape[0]
        q = self.q_proj(hidden_states).reshape(s, self.kvh, self.d)
        k = self.k_proj(hidden_states).reshape(s, self.kvh, self.d)
        v = self.v_proj(hidden_states).reshape(s, self.kvh, self.d)
        ops.scatter_update(self.key_cache, cache_position, k)
        ops.scatter_update(self.value_cache, cache_position, v)
        keys = self.key_cache.transpose(1, 0, 2)
        values = self.value_cache.transpose(1, 0, 2)
        scores = ops.matmul(q.transpose(1, 0, 2), keys.swapaxes(-1, -2)) / self.d ** 0.5
        key_pos = ops.arange(self.max_len).astype(ms.int32).reshape(1, 1, -1)
        visible = key_pos <= cache_position.reshape(1, -1, 1)
        scores = ops.where(visible, scores, ops.full_like(scores, -1e9))
        out = ops.matmul(ops.softmax(scores, axis=-1), values)
        return out.transpose(1, 0, 2).reshape(s, -1)


def make():
    np.random.seed(38)
    cell = StaticCacheAttention(CacheConfig())
    x = Tensor(np.random.randn(3, 32).astype(np.float32))
    pos = Tensor(np.array([0, 1, 2], dtype=np.int32))
    return cell, (x, pos)
