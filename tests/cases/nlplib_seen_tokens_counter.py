# case: decoder that keeps an HF-style running _seen_tokens counter on self, updated in construct to offset position ids -> attribute of self written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    vocab_size = 64
    hidden_size = 24
    max_position_embeddings = 32
    use_cache = True


class PositionalDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed_tokens = nn.Embedding(config.vocab_size, config.hidden_size)
        self.embed_positions = nn.Embedding(config.max_position_embeddings, config.hidden_size)
        self.norm = nn.LayerNorm((config.hidden_size,))
        self.use_cache = config.use_cache
        self._seen_tokens = 0

    def _position_ids(self, seq_len):
        start = self._seen_tokens if self.use_cache else 0
        return ops.arange(start, start + seq_len, dtype=ms.int32).expand_dims(0)

    def construct(self, input_ids):
        seq_len = input_ids.shape[1]
        pos = self._position_ids(seq_len)
        hidden = self.embed_tokens(input_ids) + self.embed_positions(pos)
        if self.use_cache:
            self._seen_tokens = self._seen_tokens + seq_len
        return self.norm(hidden)


def make():
    np.random.seed(3366)
    cfg = DecoderConfig()
    ids = Tensor(np.random.randint(0, cfg.vocab_size, size=(2, 6)).astype(np.int32))
    return PositionalDecoder(cfg), (ids,)
