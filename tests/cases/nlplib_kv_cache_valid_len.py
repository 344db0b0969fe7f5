# case: decoder self-attention over a preallocated static KV cache, keeping only the filled part of the cache using the max of cache_position -> cache length from .item(), dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    hidden_size = 32
    num_heads = 4
    max_cache_len = 16
    use_cache = True


class CachedSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_heads
        self.head_dim = config.hidden_size // config.num_heads
        self.scale = self.head_dim ** -0.5
        self.q_proj = nn.Dense(config.hidden_size, config.hidden_size)
        self.k_proj = nn.Dense(config.hidden_size, config.hidden_size)
        self.v_proj = nn.Dense(config.hidden_size, config.hidden_size)
        self.o_proj = nn.Dense(config.hidden_size, config.hidden_size)
        self.use_cache = config.use_cache

    def _split_heads(self, x):
        b, t, _ = x.shape
        return x.reshape(b, t, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def _valid_cache(self, key_cache, value_cache, cache_position):
        filled = cache_position.max().item() + 1
        return key_cache[:, :, :filled], value_cache[:, :, :filled]

    def construct(self, hidden_states, key_cache, value_cache, cache_position=None):
        q = self._split_heads(self.q_proj(hidden_states))
        k = self._split_heads(self.k_proj(hidden_states))
        v = self._split_heads(self.v_proj(hidden_states))
        if self.use_cache and cache_position is not None:
            past_k, past_v = self._valid_cache(key_cache, value_cache, cache_position)
            k = ops.concat((past_k, k), axis=2)
            v = ops.concat((past_v, v), axis=2)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale
        probs = ops.softmax(scores, axis=-1)
        ctx = ops.matmul(probs, v).transpose(0, 2, 1, 3)
        b, t = ctx.shape[0], ctx.shape[1]
        return self.o_proj(ctx.reshape(b, t, -1))


def make():
    np.random.seed(3362)
    cfg = DecoderConfig()
    hd = cfg.hidden_size // cfg.num_heads
    h = Tensor(np.random.randn(1, 1, cfg.hidden_size).astype(np.float32))
    kc = Tensor(np.random.randn(1, cfg.num_heads, cfg.max_cache_len, hd).astype(np.float32))
    vc = Tensor(np.random.randn(1, cfg.num_heads, cfg.max_cache_len, hd).astype(np.float32))
    pos = Tensor(np.arange(6, dtype=np.int32))
    return CachedSelfAttention(cfg), (h, kc, vc, pos)
