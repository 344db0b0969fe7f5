# case: attention-mask builder caches masks per sequence length in a dict on self and fills it on a KeyError inside construct (try/except) -> try statement and self-dict mutation in construct, Graph mode likely rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskConfig:
    def __init__(self, hidden=8, bidirectional=False):
        self.hidden = hidden
        self.bidirectional = bidirectional


class CachedMaskAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.bidirectional = config.bidirectional
        self.q = nn.Dense(config.hidden, config.hidden)
        self._mask_cache = {}

    def _mask(self, seq_len):
        try:
            return self._mask_cache[seq_len]
        except KeyError:
            if self.bidirectional:
                m = ops.zeros((seq_len, seq_len), ms.float32)
            else:
                m = ops.triu(ops.ones((seq_len, seq_len), ms.float32), diagonal=1) * -1e9
            self._mask_cache[seq_len] = m
            return m

    def construct(self, h):
        scores = ops.matmul(self.q(h), h.swapaxes(1, 2)) + self._mask(h.shape[1])
        return ops.matmul(ops.softmax(scores, axis=-1), h)


def make():
    np.random.seed(3597)
    h = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    return CachedMaskAttention(MaskConfig()), (h,)
