# case: compare anomaly scores of the first and second half of a log window, with the split point taken from tokens.shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogLineEncoder(nn.Cell):
    def __init__(self, vocab=50, dim=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)

    def construct(self, tokens):
        return self.embed(tokens).mean(1)


class DriftScorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.encoder = LogLineEncoder()
        self.out = nn.Dense(8, 1)

    def construct(self, tokens):
        half = tokens.shape[0] // 2
        lines = self.encoder(tokens)
        early = self.out(lines[:half]).mean()
        late = self.out(lines[half:]).mean()
        return ops.abs(late - early)


def make():
    np.random.seed(6)
    tokens = Tensor(np.random.randint(0, 50, size=(12, 7)).astype(np.int32))
    return DriftScorer(), (tokens,)
