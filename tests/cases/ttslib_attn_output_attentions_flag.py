# case: decoder attention returns (context,) or (context, alignment) depending on output_attentions config flag, with an Optional mask applied via masked_fill -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, hidden_size=16, output_attentions=True, use_cache=False):
        self.hidden_size = hidden_size
        self.output_attentions = output_attentions
        self.use_cache = use_cache


class LocationSensitiveAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.query = nn.Dense(config.hidden_size, config.hidden_size, has_bias=False)
        self.key = nn.Dense(config.hidden_size, config.hidden_size, has_bias=False)
        self.score = nn.Dense(config.hidden_size, 1, has_bias=False)
        self.output_attentions = config.output_attentions
        self.use_cache = config.use_cache
        self.last_alignment = None

    def construct(self, query, memory, memory_mask=None, output_attentions=None):
        if output_attentions is None:
            output_attentions = self.output_attentions
        energies = self.score(ops.tanh(self.query(query).expand_dims(1) + self.key(memory))).squeeze(-1)
        if memory_mask is not None:
            energies = ops.masked_fill(energies, ops.logical_not(memory_mask), -1e9)
        alignment = ops.softmax(energies, axis=-1)
        if self.use_cache:
            self.last_alignment = alignment
        context = ops.bmm(alignment.expand_dims(1), memory).squeeze(1)
        outputs = (context, alignment) if output_attentions else (context,)
        return outputs


def make():
    np.random.seed(24)
    cfg = DecoderConfig()
    query = Tensor(np.random.randn(2, cfg.hidden_size).astype(np.float32))
    memory = Tensor(np.random.randn(2, 12, cfg.hidden_size).astype(np.float32))
    mask = Tensor(np.arange(12)[None, :] < np.array([[12], [9]]))
    return LocationSensitiveAttention(cfg), (query, memory, mask)
