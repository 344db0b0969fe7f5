# case: sum per-position char n-gram scores with a generator expression over the sequence length in construct -> generator expression in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CharNgramScorer(nn.Cell):
    def __init__(self, n_chars=30, dim=6, window=2):
        super().__init__()
        self.window = window
        self.emb = nn.Embedding(n_chars, dim)
        self.scorer = nn.Dense(dim * window, 1)

    def window_score(self, emb, i):
        piece = emb[i:i + self.window].reshape(1, -1)
        return self.scorer(piece).squeeze()

    def construct(self, char_ids):
        emb = self.emb(char_ids)
        n = emb.shape[0] - self.window + 1
        total = sum(self.window_score(emb, i) for i in range(n))
        return ops.sigmoid(total / n)


def make():
    np.random.seed(22)
    chars = np.random.randint(1, 30, size=(8,)).astype(np.int32)
    return CharNgramScorer(), (Tensor(chars),)
