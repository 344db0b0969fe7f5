# case: decoder layer stack that accepts past_key_values as None or a legacy tuple-of-tuples, normalises it with isinstance(..., (list, tuple)) and zips it with the nn.CellList of layers, returning next_cache only if use_cache -> isinstance guards and zip over CellList resolve at compile time, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LlamaConfig:
    hidden_size = 16
    num_hidden_layers = 2
    use_cache = True


class DecoderLayer(nn.Cell):
    def __init__(self, hidden_size):
        super().__init__()
        self.k_proj = nn.Dense(hidden_size, hidden_size)
        self.v_proj = nn.Dense(hidden_size, hidden_size)

    def construct(self, hidden_states, past_key_value=None):
        k, v = self.k_proj(hidden_states), self.v_proj(hidden_states)
        if past_key_value is not None:
            k = ops.cat((past_key_value[0], k), axis=1)
            v = ops.cat((past_key_value[1], v), axis=1)
        probs = ops.softmax(ops.matmul(hidden_states, k.swapaxes(1, 2)) / 4.0, axis=-1)
        return hidden_states + ops.matmul(probs, v), (k, v)


class DecoderStack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([DecoderLayer(config.hidden_size) for _ in range(config.num_hidden_layers)])
        self.num_layers = config.num_hidden_layers
        self.use_cache = config.use_cache

    def construct(self, hidden_states, past_key_values=None):
        if past_key_values is None:
            past_key_values = (None,) * self.num_layers
        elif not isinstance(past_key_values, (list, tuple)):
            raise ValueError("past_key_values must be a tuple")
        next_cache = ()
        for layer, past in zip(self.layers, past_key_values):
            hidden_states, present = layer(hidden_states, past)
            if self.use_cache:
                next_cache = next_cache + (present,)
        return (hidden_states, next_cache) if self.use_cache else (hidden_states,)


def make():
    np.random.seed(61)
    stack = DecoderStack(LlamaConfig())
    h = Tensor(np.random.randn(2, 1, 16).astype(np.float32))
    past = tuple((Tensor(np.random.randn(2, 4, 16).astype(np.float32)),
                  Tensor(np.random.randn(2, 4, 16).astype(np.float32))) for _ in range(2))
    return stack, (h, past)
