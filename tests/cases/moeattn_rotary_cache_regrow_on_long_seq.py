# case: HF-style rotary embedding that rebuilds its cos/sin cache and writes self attributes when the input is longer than the cache -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RotaryEmbedding(nn.Cell):
    def __init__(self, head_dim=8, max_position=4, base=10000.0):
        super().__init__()
        self.head_dim = head_dim
        self.base = base
        self.inv_freq = Tensor(1.0 / (base ** (np.arange(0, head_dim, 2, dtype=np.float32) / head_dim)))
        self._set_cos_sin_cache(max_position)

    def _set_cos_sin_cache(self, seq_len):
        self.max_seq_len_cached = seq_len
        t = ops.arange(seq_len, dtype=ms.float32)
        freqs = ops.outer(t, self.inv_freq)
        emb = ops.concat((freqs, freqs), axis=-1)
        self.cos_cached = ops.cos(emb)
        self.sin_cached = ops.sin(emb)

    def construct(self, x, seq_len):
        if seq_len > self.max_seq_len_cached:
            self._set_cos_sin_cache(seq_len)
        return self.cos_cached[:seq_len], self.sin_cached[:seq_len]


def rotate_half(x):
    half = x.shape[-1] // 2
    return ops.concat((-x[..., half:], x[..., :half]), axis=-1)


class RotaryAttentionScores(nn.Cell):
    def __init__(self, head_dim=8):
        super().__init__()
        self.rope = RotaryEmbedding(head_dim)

    def construct(self, q, k):
        cos, sin = self.rope(q, q.shape[-2])
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        return ops.matmul(q, k.swapaxes(-1, -2))


def make():
    np.random.seed(6)
    q = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    k = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    return RotaryAttentionScores(), (q, k)
