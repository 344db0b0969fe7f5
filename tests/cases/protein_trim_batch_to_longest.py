# case: trims a padded batch of residue embeddings to the longest real sequence using int(lengths.max()) as slice end -> error or dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimmedEncoder(nn.Cell):
    def __init__(self, vocab=25, d_model=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, d_model, padding_idx=0)
        self.proj = nn.Dense(d_model, d_model)

    def trim(self, x, lengths):
        max_len = int(lengths.max())
        return x[:, :max_len]

    def construct(self, tokens, lengths):
        h = self.embed(tokens)
        h = self.trim(h, lengths)
        return ops.tanh(self.proj(h)).mean(axis=1)


def make():
    np.random.seed(2)
    tokens = np.random.randint(1, 25, (3, 20)).astype(np.int32)
    lengths = np.array([14, 9, 11], dtype=np.int32)
    for i, n in enumerate(lengths):
        tokens[i, n:] = 0
    return TrimmedEncoder(), (Tensor(tokens), Tensor(lengths))
