# case: decoder stack zips an nn.CellList of layers with the per-layer past_key_values tuple (None on the first step via is None / isinstance guards), collects presents and optional attentions by flags -> iteration over cells and tuples with constant flags; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, num_layers=2, hidden_size=16, use_cache=True, output_attentions=False):
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.use_cache = use_cache
        self.output_attentions = output_attentions


class DecoderLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        h = config.hidden_size
        self.q, self.k, self.v = nn.Dense(h, h), nn.Dense(h, h), nn.Dense(h, h)
        self.scale = h ** -0.5

    def construct(self, x, past=None):
        k, v = self.k(x), self.v(x)
        if past is not None:
            k = ops.concat((past[0], k), axis=1)
            v = ops.concat((past[1], v), axis=1)
        attn = ops.softmax(ops.matmul(self.q(x), k.swapaxes(1, 2)) * self.scale, axis=-1)
        return x + ops.matmul(attn, v), (k, v), attn


class DecoderStack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([DecoderLayer(config) for _ in range(config.num_layers)])
        self.use_cache = config.use_cache
        self.output_attentions = config.output_attentions
        self.num_layers = config.num_layers

    def construct(self, hidden, past_key_values=None):
        if not isinstance(past_key_values, (list, tuple)):
            past_key_values = (None,) * self.num_layers
        presents, attentions = (), ()
        for layer, past in zip(self.layers, past_key_values):
            hidden, present, attn = layer(hidden, past)
            presents = presents + (present,) if self.use_cache else presents
            attentions = attentions + (attn,) if self.output_attentions else attentions
        outputs = (hidden,) + ((presents,) if self.use_cache else ())
        return outputs + (attentions,) if self.output_attentions else outputs


def make():
    np.random.seed(3668)
    hidden = Tensor(np.random.randn(2, 4, 16).astype(np.float32))
    return DecoderStack(DecoderConfig()), (hidden,)
