# case: adaptive memory module keeps concatenating a new summary token to the sequence while the novelty score stays above a threshold -> loop-carried shape grows, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoveltyMemory(nn.Cell):
    def __init__(self, dim=8, threshold=0.2, max_tokens=6):
        super().__init__()
        self.summarize = nn.Dense(dim, dim)
        self.novelty = nn.Dense(dim, 1)
        self.threshold = threshold
        self.max_tokens = max_tokens

    def construct(self, tokens):
        summary = tokens.mean(axis=0, keep_dims=True)
        novelty = ops.sigmoid(self.novelty(summary)).squeeze()
        added = 0
        while novelty > self.threshold and added < self.max_tokens:
            summary = ops.tanh(self.summarize(summary))
            tokens = ops.concat((tokens, summary), axis=0)
            novelty = novelty * 0.5
            added += 1
        return tokens


def make():
    np.random.seed(31)
    tokens = Tensor(np.random.randn(4, 8).astype(np.float32))
    return NoveltyMemory(), (tokens,)
