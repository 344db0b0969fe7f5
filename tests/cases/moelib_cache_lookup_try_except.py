# case: decoder layer fetches its past key/value from the cache tuple inside try/except IndexError, falling back to an empty-prefix path on the first step -> try/except in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerConfig:
    def __init__(self, hidden_size=32, num_heads=4, layer_idx=1):
        self.hidden_size = hidden_size
        self.num_heads = num_heads
        self.layer_idx = layer_idx


class CacheAwareAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layer_idx = config.layer_idx
        self.h = config.num_heads
        self.d = config.hidden_size // config.num_heads
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size)

    def _heads(self, t):
        b, s, _ = t.shape
        return t.reshape(b, s, self.h, self.d).swapaxes(1, 2)

    def construct(self, hidden_states, past_key_values):
        q, k, v = [self._heads(t) for t in ops.chunk(self.qkv(hidden_states), 3, axis=-1)]
        try:
            past_k, past_v = past_key_values[self.layer_idx]
            k = ops.cat((past_k, k), axis=2)
            v = ops.cat((past_v, v), axis=2)
        except IndexError:
            pass
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / self.d ** 0.5, axis=-1)
        out = ops.matmul(attn, v).swapaxes(1, 2).reshape(hidden_states.shape)
        return out, (k, v)


def make():
    np.random.seed(43)
    layer = CacheAwareAttention(LayerConfig())
    x = Tensor(np.random.randn(1, 1, 32).astype(np.float32))
    past = tuple((Tensor(np.random.randn(1, 4, 4, 8).astype(np.float32)),
                  Tensor(np.random.randn(1, 4, 4, 8).astype(np.float32))) for _ in range(2))
    return layer, (x, past)
