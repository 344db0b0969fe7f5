# case: decode-step KV cache blends the new key/value into the Parameter with a one-hot position mask and ops.assign, masks unfilled slots by arange comparison -> fixed shapes throughout; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

NEG_INF = -1e9


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
        self.max_seq_len = config.max_seq_len
        self.scale = config.head_dim ** -0.5
        shape = (config.batch_size, config.num_heads, config.max_seq_len, config.head_dim)
        self.k_cache = Parameter(Tensor(np.zeros(shape, np.float32)), name="k_cache", requires_grad=False)
        self.v_cache = Parameter(Tensor(np.zeros(shape, np.float32)), name="v_cache", requires_grad=False)
        self.slots = Tensor(np.arange(config.max_seq_len), ms.int32)

    def _update(self, cache, new, slot_mask):
        blended = cache * (1.0 - slot_mask) + new * slot_mask
        ops.assign(cache, blended)
        return blended

    def construct(self, query, key, value, position):
        slot_mask = (self.slots == position).astype(ms.float32).reshape(1, 1, -1, 1)
        keys = self._update(self.k_cache, key, slot_mask)
        values = self._update(self.v_cache, value, slot_mask)
        scores = ops.matmul(query, keys.swapaxes(-1, -2)) * self.scale
        filled = (self.slots <= position).reshape(1, 1, 1, -1)
        scores = ops.where(filled, scores, ops.full_like(scores, NEG_INF))
        probs = ops.softmax(scores, axis=-1)
        return ops.matmul(probs, values)


def make():
    np.random.seed(3632)
    cfg = CacheConfig()
    q = Tensor(np.random.randn(2, 4, 1, 8).astype(np.float32))
    k = Tensor(np.random.randn(2, 4, 1, 8).astype(np.float32))
    v = Tensor(np.random.randn(2, 4, 1, 8).astype(np.float32))
    position = Tensor(5, ms.int32)
    return CachedSelfAttention(cfg), (q, k, v, position)
