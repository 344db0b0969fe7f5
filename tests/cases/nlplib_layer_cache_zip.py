# case: decoder stack that zips its nn.CellList layers with per-layer past key/values (or a tuple of None when no cache is passed), enumerates them and collects next_decoder_cache as a tuple -> loop counts fixed by layer count, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, hidden_size=16, num_hidden_layers=2, use_cache=True, layerdrop=0.0):
        self.hidden_size = hidden_size
        self.num_hidden_layers = num_hidden_layers
        self.use_cache = use_cache
        self.layerdrop = layerdrop


class CachedDecoderLayer(nn.Cell):
    def __init__(self, config, layer_idx):
        super().__init__()
        self.layer_idx = layer_idx
        self.k = nn.Dense(config.hidden_size, config.hidden_size)
        self.v = nn.Dense(config.hidden_size, config.hidden_size)

    def construct(self, hidden_states, past_key_value=None):
        k, v = self.k(hidden_states), self.v(hidden_states)
        if past_key_value is not None:
            k = ops.concat((past_key_value[0], k), axis=1)
            v = ops.concat((past_key_value[1], v), axis=1)
        attn = ops.softmax(ops.bmm(hidden_states, k.swapaxes(1, 2)), axis=-1)
        return hidden_states + ops.bmm(attn, v), (k, v)


class CachedDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([CachedDecoderLayer(config, i) for i in range(config.num_hidden_layers)])
        self.use_cache = config.use_cache
        self.layerdrop = config.layerdrop

    def construct(self, hidden_states, past_key_values=None):
        if past_key_values is None:
            past_key_values = (None,) * len(self.layers)
        next_decoder_cache = ()
        for idx, (layer, past) in enumerate(zip(self.layers, past_key_values)):
            if self.training and self.layerdrop > 0.0:
                continue
            hidden_states, present = layer(hidden_states, past)
            if self.use_cache:
                next_decoder_cache += (present,)
        return hidden_states, next_decoder_cache


def make():
    np.random.seed(3393)
    cfg = DecoderConfig()
    h = Tensor(np.random.randn(2, 1, cfg.hidden_size).astype(np.float32))
    past = tuple((Tensor(np.random.randn(2, 5, cfg.hidden_size).astype(np.float32)),
                  Tensor(np.random.randn(2, 5, cfg.hidden_size).astype(np.float32)))
                 for _ in range(cfg.num_hidden_layers))
    net = CachedDecoder(cfg)
    net.set_train(False)
    return net, (h, past)
