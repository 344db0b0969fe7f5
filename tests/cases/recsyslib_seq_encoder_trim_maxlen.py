# case: user-history sequence encoder base class trims padded histories to the longest real length in the batch -> slice bound from lengths.max() data, Graph mode rejects or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqConfig:
    def __init__(self, hidden=16, max_len=12, trim_padding=True, pooling="mean"):
        self.hidden = hidden
        self.max_len = max_len
        self.trim_padding = trim_padding
        self.pooling = pooling


class BaseSequenceEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim_padding = config.trim_padding
        self.pooling = config.pooling

    def _trim(self, hist, mask, lengths):
        longest = lengths.max()
        return hist[:, :longest], mask[:, :longest]

    def _pool(self, hist, mask):
        m = ops.expand_dims(mask, -1)
        summed = (hist * m).sum(axis=1)
        return summed / ops.maximum(m.sum(axis=1), 1.0)


class MeanHistoryEncoder(BaseSequenceEncoder):
    def __init__(self, config):
        super().__init__(config)
        self.proj = nn.Dense(config.hidden, config.hidden)

    def construct(self, hist, lengths):
        positions = ops.arange(hist.shape[1]).reshape(1, -1)
        mask = (positions < lengths.reshape(-1, 1)).astype(hist.dtype)
        if self.trim_padding:
            hist, mask = self._trim(hist, mask, lengths)
        return self.proj(self._pool(hist, mask))


def make():
    np.random.seed(3903)
    cfg = SeqConfig()
    hist = Tensor(np.random.randn(4, cfg.max_len, cfg.hidden).astype(np.float32))
    lengths = Tensor(np.array([3, 7, 5, 2]), ms.int32)
    return MeanHistoryEncoder(cfg), (hist, lengths)
