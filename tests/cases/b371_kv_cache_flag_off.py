# case: same kind of incremental decoder, but the cache-update helper that writes self attributes sits behind config.use_cache which defaults to False and no caller sets it -> branch never taken, expect static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class GRUDecoderConfig:
    def __init__(self, d_model=16, vocab_size=40, use_cache=False):
        self.d_model = d_model
        self.vocab_size = vocab_size
        self.use_cache = use_cache

class CachedMelodyDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_cache = config.use_cache
        self.emb = nn.Embedding(config.vocab_size, config.d_model)
        self.mix = nn.Dense(2 * config.d_model, config.d_model)
        self.head = nn.Dense(config.d_model, config.vocab_size)
        self.steps_seen = 0

    def _remember(self, h):
        self.steps_seen += 1
        self.prev = h

    def construct(self, token, prev_hidden):
        x = self.emb(token)
        h = ops.tanh(self.mix(ops.concat([x, prev_hidden], axis=-1)))
        if self.use_cache:
            self._remember(h)
        return self.head(h), h

def make():
    np.random.seed(3725)
    dec = CachedMelodyDecoder(GRUDecoderConfig())
    prev = Tensor(np.zeros((1, 16), np.float32))
    return dec, (Tensor(np.array([3], np.int32)), prev)
