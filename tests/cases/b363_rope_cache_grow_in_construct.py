# case: rotary embedding rebuilds its cos/sin cache inside construct when the sequence is longer than the cached length, assigning self.max_seq_len_cached and the tables -> attributes of self written in construct; expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RopeConfig:
    def __init__(self, head_dim=8, max_position_embeddings=8, rope_theta=10000.0):
        self.head_dim = head_dim
        self.max_position_embeddings = max_position_embeddings
        self.rope_theta = rope_theta


def rotate_half(x):
    half = x.shape[-1] // 2
    return ops.concat((-x[..., half:], x[..., :half]), axis=-1)


class RotaryEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dim = config.head_dim
        self.base = config.rope_theta
        self.inv_freq = Tensor(1.0 / (self.base ** (np.arange(0, self.dim, 2, dtype=np.float32) / self.dim)))
        self._set_cos_sin_cache(config.max_position_embeddings)

    def _set_cos_sin_cache(self, seq_len):
        self.max_seq_len_cached = seq_len
        t = ops.arange(seq_len, dtype=ms.float32)
        freqs = ops.outer(t, self.inv_freq)
        emb = ops.concat((freqs, freqs), axis=-1)
        self.cos_cached = ops.cos(emb)
        self.sin_cached = ops.sin(emb)

    def construct(self, q, k):
        seq_len = q.shape[2]
        if seq_len > self.max_seq_len_cached:
            self._set_cos_sin_cache(seq_len)
        cos = self.cos_cached[:seq_len]
        sin = self.sin_cached[:seq_len]
        return q * cos + rotate_half(q) * sin, k * cos + rotate_half(k) * sin


def make():
    np.random.seed(3647)
    q = Tensor(np.random.randn(1, 2, 12, 8).astype(np.float32))
    k = Tensor(np.random.randn(1, 2, 12, 8).astype(np.float32))
    return RotaryEmbedding(RopeConfig()), (q, k)
