# case: incremental decoder attention that stores the updated key/value cache on self (self.cached_key / self.cached_value) inside construct instead of returning it -> attributes of self written with tensors in construct, Graph mode likely rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    hidden_size = 16
    num_heads = 2
    use_cache = True


class CachedCrossAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_heads
        self.head_dim = config.hidden_size // config.num_heads
        self.use_cache = config.use_cache
        self.q_proj = nn.Dense(config.hidden_size, config.hidden_size)
        self.kv_proj = nn.Dense(config.hidden_size, 2 * config.hidden_size)
        self.cached_key = None
        self.cached_value = None

    def _shape(self, t):
        return t.reshape(t.shape[0], -1, self.num_heads, self.head_dim).swapaxes(1, 2)

    def construct(self, hidden_states, encoder_hidden_states):
        q = self._shape(self.q_proj(hidden_states))
        key, value = ops.split(self.kv_proj(encoder_hidden_states), hidden_states.shape[-1], axis=-1)
        key, value = self._shape(key), self._shape(value)
        if self.use_cache:
            self.cached_key = key
            self.cached_value = value
        probs = ops.softmax(ops.matmul(q, key.swapaxes(-1, -2)) / (self.head_dim ** 0.5), axis=-1)
        out = ops.matmul(probs, value).swapaxes(1, 2)
        return out.reshape(out.shape[0], out.shape[1], -1)


def make():
    np.random.seed(49)
    attn = CachedCrossAttention(DecoderConfig())
    h = Tensor(np.random.randn(2, 1, 16).astype(np.float32))
    enc = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return attn, (h, enc)
