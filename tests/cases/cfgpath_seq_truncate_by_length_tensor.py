# case: encoder trims padded batch to the longest real length taken from a lengths tensor -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    vocab_size = 50
    embed_dim = 8
    trim_padding = True


class TrimmedEncoder(nn.Cell):
    def __init__(self, config=EncoderConfig(), dropout=0.0):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.embed_dim)
        self.proj = nn.Dense(config.embed_dim, config.embed_dim)
        self.trim_padding = config.trim_padding
        self.dropout = nn.Dropout(p=dropout) if dropout > 0 else nn.Identity()

    def construct(self, input_ids, lengths):
        x = self.embed(input_ids)
        if self.trim_padding:
            max_len = lengths.max()
            x = x[:, :max_len]
        x = self.dropout(self.proj(x))
        return ops.tanh(x).sum(axis=1)


def make():
    np.random.seed(1)
    ids = Tensor(np.random.randint(1, 50, size=(2, 10)).astype(np.int32))
    lengths = Tensor(np.array([4, 7], dtype=np.int32))
    return TrimmedEncoder(), (ids, lengths)
