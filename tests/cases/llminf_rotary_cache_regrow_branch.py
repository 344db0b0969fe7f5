# case: rotary embedding that regrows its cos/sin table when the max position id exceeds the cached length -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RotaryEmbedding(nn.Cell):
    def __init__(self, dim=8, max_cached=4, base=10000.0):
        super().__init__()
        self.dim = dim
        self.max_cached = max_cached
        self.inv_freq = Tensor(1.0 / (base ** (np.arange(0, dim, 2, dtype=np.float32) / dim)))

    def _table(self, length):
        t = ops.arange(length).astype(ms.float32)
        freqs = ops.outer(t, self.inv_freq)
        emb = ops.concat((freqs, freqs), axis=-1)
        return ops.cos(emb), ops.sin(emb)

    def construct(self, x, position_ids):
        seq_needed = position_ids.max() + 1
        if seq_needed > self.max_cached:
            cos, sin = self._table(seq_needed)
        else:
            cos, sin = self._table(self.max_cached)
        cos = ops.gather(cos, position_ids, 0)
        sin = ops.gather(sin, position_ids, 0)
        x1, x2 = ops.chunk(x, 2, axis=-1)
        rotated = ops.concat((-x2, x1), axis=-1)
        return x * cos + rotated * sin


def make():
    np.random.seed(16)
    x = Tensor(np.random.randn(1, 6, 8).astype(np.float32))
    pos = Tensor(np.arange(6, dtype=np.int32).reshape(1, 6))
    return RotaryEmbedding(), (x, pos)
