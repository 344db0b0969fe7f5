# case: panel aggregation tallies descriptor usage over a fixed vocabulary with one-hot sums weighted by intensity -> fixed vocabulary size, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DescriptorTally(nn.Cell):
    def __init__(self, vocab_size=24, emb=16, normalise=True):
        super().__init__()
        self.vocab_size = vocab_size
        self.emb = nn.Embedding(vocab_size, emb)
        self.normalise = normalise
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, codes, intensity):
        hot = ops.one_hot(codes.reshape(-1), self.vocab_size, self.on, self.off)
        tally = (hot * intensity.reshape(-1, 1)).sum(axis=0)
        if self.normalise:
            tally = tally / (tally.sum() + 1e-6)
        ids = ops.arange(self.vocab_size, dtype=ms.int32)
        profile = (self.emb(ids) * tally.reshape(-1, 1)).sum(axis=0)
        return profile, tally


def make():
    np.random.seed(32)
    codes = np.random.randint(0, 24, size=(10, 6)).astype(np.int32)
    intensity = np.random.randint(1, 10, size=(10, 6)).astype(np.float32)
    return DescriptorTally(), (Tensor(codes), Tensor(intensity))
