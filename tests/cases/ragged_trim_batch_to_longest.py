# case: trims a padded token batch to the longest sequence actually present before the encoder -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimmedSequenceEncoder(nn.Cell):
    """Embeds tokens, drops all-padding tail columns, and mean-pools the rest."""

    def __init__(self, vocab_size=25, dim=8, pad_id=0, trim_padding=True):
        super().__init__()
        self.pad_id = pad_id
        self.trim_padding = trim_padding
        self.embed = nn.Embedding(vocab_size, dim)
        self.ffn = nn.SequentialCell([nn.Dense(dim, dim), nn.GELU()])

    def trim(self, token_ids, lengths):
        longest = lengths.max()
        return token_ids[:, :longest]

    def construct(self, token_ids, lengths):
        if self.trim_padding:
            token_ids = self.trim(token_ids, lengths)
        mask = (token_ids != self.pad_id).astype(ms.float32)
        h = self.ffn(self.embed(token_ids))
        summed = (h * mask.expand_dims(-1)).sum(axis=1)
        return summed / ops.clamp(mask.sum(axis=1, keepdims=True), min=1.0)


def make():
    np.random.seed(0)
    ids = np.random.randint(1, 25, size=(3, 8)).astype(np.int32)
    lengths = np.array([5, 3, 4], dtype=np.int32)
    for r, n in enumerate(lengths):
        ids[r, n:] = 0
    return TrimmedSequenceEncoder(), (Tensor(ids), Tensor(lengths))
