# case: autoregressive decoder attention layer caches the last alignment on self when use_cache is on (default never changed) -> error or side effect rejected (attribute of self written in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, hidden_size=16, n_heads=2, use_cache=True):
        self.hidden_size = hidden_size
        self.n_heads = n_heads
        self.use_cache = use_cache


class LocationSensitiveAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.query = nn.Dense(config.hidden_size, config.hidden_size, has_bias=False)
        self.key = nn.Dense(config.hidden_size, config.hidden_size, has_bias=False)
        self.score = nn.Dense(config.hidden_size, 1, has_bias=False)
        self.use_cache = config.use_cache
        self.last_alignment = None

    def _remember(self, alignment):
        if self.use_cache:
            self.last_alignment = alignment

    def construct(self, query, memory, memory_mask=None):
        energies = self.score(ops.tanh(self.query(query).expand_dims(1) + self.key(memory))).squeeze(-1)
        if memory_mask is not None:
            energies = ops.masked_fill(energies, ops.logical_not(memory_mask), -1e9)
        alignment = ops.softmax(energies, axis=-1)
        self._remember(alignment)
        context = ops.bmm(alignment.expand_dims(1), memory).squeeze(1)
        return context, alignment


def make():
    np.random.seed(23)
    cfg = DecoderConfig()
    query = Tensor(np.random.randn(2, cfg.hidden_size).astype(np.float32))
    memory = Tensor(np.random.randn(2, 12, cfg.hidden_size).astype(np.float32))
    return LocationSensitiveAttention(cfg), (query, memory)
