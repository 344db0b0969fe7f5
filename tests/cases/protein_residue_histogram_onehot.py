# case: amino-acid composition features from a one-hot histogram over the fixed vocabulary -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompositionHistogram(nn.Cell):
    def __init__(self, vocab=25, pad_idx=0, hidden=16):
        super().__init__()
        self.vocab = vocab
        self.pad_idx = pad_idx
        self.mlp = nn.SequentialCell([nn.Dense(vocab, hidden), nn.ReLU(), nn.Dense(hidden, 3)])

    def construct(self, tokens):
        oh = ops.one_hot(tokens, self.vocab, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        not_pad = (tokens != self.pad_idx).astype(ms.float32)
        hist = (oh * not_pad.expand_dims(-1)).sum(axis=1)
        comp = hist / ops.maximum(not_pad.sum(axis=1, keepdims=True), Tensor(1.0, ms.float32))
        return self.mlp(comp)


def make():
    np.random.seed(14)
    tokens = np.random.randint(1, 25, (4, 30)).astype(np.int32)
    tokens[1, 20:] = 0
    return CompositionHistogram(), (Tensor(tokens),)
