# case: rotary embedding with a cos/sin table cached at init and sliced by past length from the cache shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def rotate_half(x):
    half = x.shape[-1] // 2
    return ops.concat((-x[..., half:], x[..., :half]), axis=-1)


class RotaryPositionalEmbedding(nn.Cell):
    def __init__(self, head_dim=8, max_position=16, base=10000.0):
        super().__init__()
        inv = 1.0 / (base ** (np.arange(0, head_dim, 2, dtype=np.float32) / head_dim))
        freqs = np.outer(np.arange(max_position, dtype=np.float32), inv)
        emb = np.concatenate([freqs, freqs], axis=-1)
        self.cos_cached = Tensor(np.cos(emb))
        self.sin_cached = Tensor(np.sin(emb))

    def construct(self, q, k, past_key):
        offset = past_key.shape[2]
        seq_len = q.shape[2]
        cos = self.cos_cached[offset:offset + seq_len]
        sin = self.sin_cached[offset:offset + seq_len]
        q_rot = q * cos + rotate_half(q) * sin
        k_rot = k * cos + rotate_half(k) * sin
        return q_rot, ops.concat((past_key, k_rot), axis=2)


def make():
    np.random.seed(37)
    q = Tensor(np.random.randn(1, 2, 3, 8).astype(np.float32))
    k = Tensor(np.random.randn(1, 2, 3, 8).astype(np.float32))
    past = Tensor(np.random.randn(1, 2, 4, 8).astype(np.float32))
    return RotaryPositionalEmbedding(), (q, k, past)
