# case: incremental event decoder keeps a step counter and the last hidden state on self, updating self.cache_len and self.last_hidden inside construct when use_cache is on -> attribute writes to self in construct, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class IncrementalConfig:
    d_model = 16
    vocab_size = 40
    use_cache = True

class IncrementalDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_cache = config.use_cache
        self.emb = nn.Embedding(config.vocab_size, config.d_model)
        self.cell = nn.Dense(2 * config.d_model, config.d_model)
        self.head = nn.Dense(config.d_model, config.vocab_size)
        self._reset_cache(config.d_model)

    def _reset_cache(self, d):
        self.cache_len = 0
        self.last_hidden = Tensor(np.zeros((1, d), np.float32))

    def _update_cache(self, h):
        self.cache_len = self.cache_len + 1
        self.last_hidden = h

    def construct(self, token):
        x = self.emb(token)
        h = ops.tanh(self.cell(ops.concat([x, self.last_hidden], axis=-1)))
        if self.use_cache:
            self._update_cache(h)
        return self.head(h)

def make():
    np.random.seed(3724)
    dec = IncrementalDecoder(IncrementalConfig())
    return dec, (Tensor(np.array([7], np.int32)),)
