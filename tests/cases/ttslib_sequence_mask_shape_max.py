# case: mask-from-lengths helper with max_len taken from the padded input's shape, masks applied by multiplication -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sequence_mask(lengths, max_len=None):
    if max_len is None:
        max_len = int(lengths.shape[0])
    ids = ops.arange(0, max_len, 1, dtype=lengths.dtype)
    return ids.expand_dims(0) < lengths.expand_dims(1)


class EncoderConfig:
    vocab_size = 40
    hidden_size = 24
    n_layers = 3
    use_layer_norm = True


class MaskedTextEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.layers = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size) for _ in range(config.n_layers)])
        self.use_layer_norm = config.use_layer_norm
        self.norm = nn.LayerNorm((config.hidden_size,))

    def construct(self, token_ids, token_lengths):
        max_len = token_ids.shape[1]
        mask = sequence_mask(token_lengths, max_len).astype(ms.float32).expand_dims(-1)
        h = self.embed(token_ids) * mask
        for i, layer in enumerate(self.layers):
            residual = h
            h = ops.relu(layer(h)) * mask
            if i > 0:
                h = h + residual
        if self.use_layer_norm:
            h = self.norm(h) * mask
        return h


def make():
    np.random.seed(14)
    cfg = EncoderConfig()
    tokens = Tensor(np.random.randint(0, cfg.vocab_size, size=(3, 16)).astype(np.int32))
    lengths = Tensor(np.array([16, 11, 7], dtype=np.int32))
    return MaskedTextEncoder(cfg), (tokens, lengths)
