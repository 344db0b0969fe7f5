# case: streaming conformer-lite splits each chunk into current and look-ahead frames at x.shape[1] - lookahead (shape arithmetic that reads like a data index) -> slice bounds from static shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkConfig:
    def __init__(self, dim=24, lookahead=3, num_labels=12):
        self.dim = dim
        self.lookahead = lookahead
        self.num_labels = num_labels


class LookaheadMixer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lookahead = config.lookahead
        self.cur = nn.Dense(config.dim, config.dim)
        self.fut = nn.Dense(config.dim, config.dim)
        self.head = nn.Dense(config.dim, config.num_labels)

    def _split(self, x):
        n_cur = x.shape[1] - self.lookahead
        return x[:, :n_cur], x[:, n_cur:]

    def construct(self, chunk):
        cur, future = self._split(chunk)
        ctx = self.fut(future).mean(axis=1, keep_dims=True)
        h = ops.gelu(self.cur(cur) + ctx)
        return self.head(h), h.shape[1]


def make():
    np.random.seed(38327)
    chunk = Tensor(np.random.randn(2, 16, 24).astype(np.float32))
    return LookaheadMixer(ChunkConfig()), (chunk,)
