# case: decoder stack zips its nn.CellList layers with the per-layer past_key_values tuple, appending each present cache to a Python list returned as a tuple -> fixed layer count, static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StackConfig:
    def __init__(self, hidden_size=32, num_layers=3, num_heads=4, use_cache=True, output_hidden_states=False):
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_heads = num_heads
        self.use_cache = use_cache
        self.output_hidden_states = output_hidden_states


class DecoderLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.h = config.num_heads
        self.d = config.hidden_size // config.num_heads
        self.norm = nn.LayerNorm((config.hidden_size,))
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size)
        self.out = nn.Dense(config.hidden_size, config.hidden_size)

    def construct(self, x, past):
        b, s, hs = x.shape
        q, k, v = ops.split(self.qkv(self.norm(x)), hs, axis=-1)
        q, k, v = [t.reshape(b, s, self.h, self.d).swapaxes(1, 2) for t in (q, k, v)]
        k = ops.cat((past[0], k), axis=2)
        v = ops.cat((past[1], v), axis=2)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / self.d ** 0.5, axis=-1)
        y = ops.matmul(attn, v).swapaxes(1, 2).reshape(b, s, hs)
        return x + self.out(y), (k, v)


class DecoderStack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_cache = config.use_cache
        self.output_hidden_states = config.output_hidden_states
        self.layers = nn.CellList([DecoderLayer(config) for _ in range(config.num_layers)])
        self.final_norm = nn.LayerNorm((config.hidden_size,))

    def construct(self, hidden_states, past_key_values):
        next_cache = []
        all_hidden = ()
        for layer, past in zip(self.layers, past_key_values):
            if self.output_hidden_states:
                all_hidden += (hidden_states,)
            hidden_states, present = layer(hidden_states, past)
            if self.use_cache:
                next_cache.append(present)
        hidden_states = self.final_norm(hidden_states)
        return hidden_states, tuple(next_cache)


def make():
    np.random.seed(37)
    stack = DecoderStack(StackConfig())
    x = Tensor(np.random.randn(1, 1, 32).astype(np.float32))
    past = tuple((Tensor(np.random.randn(1, 4, 3, 8).astype(np.float32)),
                  Tensor(np.random.randn(1, 4, 3, 8).astype(np.float32))) for _ in range(3))
    return stack, (x, past)
