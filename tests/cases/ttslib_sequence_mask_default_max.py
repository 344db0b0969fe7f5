# case: mask-from-lengths helper with Optional max_len=None falls back to lengths.max(), used by the text encoder -> dynamic (arange size from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


def sequence_mask(lengths, max_len=None):
    if max_len is None:
        max_len = lengths.max()
    ids = ops.arange(0, max_len, 1, dtype=lengths.dtype)
    return ids.expand_dims(0) < lengths.expand_dims(1)


class TextEncoderConfig:
    def __init__(self, vocab_size=40, hidden_size=24, n_layers=2):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.n_layers = n_layers


class TextEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.layers = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size) for _ in range(config.n_layers)])
        self.act = nn.GELU()

    def construct(self, token_ids, token_lengths, max_len: Optional[int] = None):
        mask = sequence_mask(token_lengths, max_len).astype(ms.float32)
        h = self.embed(token_ids[:, : mask.shape[1]])
        for layer in self.layers:
            h = self.act(layer(h)) * mask.expand_dims(-1)
        return h, mask


def make():
    np.random.seed(13)
    cfg = TextEncoderConfig()
    tokens = Tensor(np.random.randint(0, cfg.vocab_size, size=(3, 16)).astype(np.int32))
    lengths = Tensor(np.array([16, 11, 7], dtype=np.int32))
    return TextEncoder(cfg), (tokens, lengths)
