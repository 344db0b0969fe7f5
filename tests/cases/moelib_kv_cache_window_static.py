# case: decoder attention with optional sliding window read via getattr keeps the last `window` cache entries, guarded by a shape comparison; cache_position is only used as data for masking -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnConfig:
    def __init__(self, hidden_size=32, num_heads=4, sliding_window=4, use_cache=True):
        self.hidden_size = hidden_size
        self.num_heads = num_heads
        self.sliding_window = sliding_window
        self.use_cache = use_cache


class SlidingWindowAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_heads
        self.head_dim = config.hidden_size // config.num_heads
        self.sliding_window = getattr(config, "sliding_window", None)
        self.use_cache = config.use_cache
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size)
        self.o_proj = nn.Dense(config.hidden_size, config.hidden_size)

    def _split(self, x):
        b, s, _ = x.shape
        return x.reshape(b, s, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def _trim(self, k, v):
        if self.sliding_window is not None and k.shape[2] > self.sliding_window:
            k = k[:, :, -self.sliding_window:, :]
            v = v[:, :, -self.sliding_window:, :]
        return k, v

    def construct(self, hidden_states, past_key, past_value, cache_position):
        q, k, v = ops.split(self.qkv(hidden_states), hidden_states.shape[-1], axis=-1)
        q, k, v = self._split(q), self._split(k), self._split(v)
        k, v = self._trim(ops.cat((past_key, k), axis=2), ops.cat((past_value, v), axis=2))
        kv_len = k.shape[2]
        key_pos = ops.arange(kv_len).astype(ms.int32) + (cache_position[-1] - kv_len + 1)
        valid = (key_pos >= 0).astype(ms.float32)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5)
        scores = scores + (1.0 - valid) * -1e9
        out = ops.matmul(ops.softmax(scores, axis=-1), v).transpose(0, 2, 1, 3).reshape(hidden_states.shape)
        out = self.o_proj(out)
        return (out, k, v) if self.use_cache else (out,)


def make():
    np.random.seed(18)
    attn = SlidingWindowAttention(AttnConfig())
    x = Tensor(np.random.randn(1, 1, 32).astype(np.float32))
    pk = Tensor(np.random.randn(1, 4, 6, 8).astype(np.float32))
    pv = Tensor(np.random.randn(1, 4, 6, 8).astype(np.float32))
    cache_position = Tensor(np.array([6], dtype=np.int32))
    return attn, (x, pk, pv, cache_position)
