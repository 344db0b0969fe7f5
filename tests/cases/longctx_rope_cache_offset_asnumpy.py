# case: rotary embedding with a precomputed cos/sin cache sliced at the decoding offset read via .asnumpy() -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RotaryEmbedding(nn.Cell):
    def __init__(self, head_dim=8, max_positions=32, base=10000.0):
        super().__init__()
        inv_freq = 1.0 / (base ** (np.arange(0, head_dim, 2, dtype=np.float32) / head_dim))
        freqs = np.outer(np.arange(max_positions, dtype=np.float32), inv_freq)
        emb = np.concatenate([freqs, freqs], axis=-1)
        self.cos_cached = Tensor(np.cos(emb))
        self.sin_cached = Tensor(np.sin(emb))

    @staticmethod
    def rotate_half(x):
        half = x.shape[-1] // 2
        return ops.concat((-x[..., half:], x[..., :half]), axis=-1)

    def construct(self, q, k, start_pos):
        seq_len = q.shape[-2]
        offset = int(start_pos.asnumpy()[0])
        cos = self.cos_cached[offset:offset + seq_len]
        sin = self.sin_cached[offset:offset + seq_len]
        q_rot = q * cos + self.rotate_half(q) * sin
        k_rot = k * cos + self.rotate_half(k) * sin
        return q_rot, k_rot


def make():
    np.random.seed(4)
    q = Tensor(np.random.randn(1, 2, 4, 8).astype(np.float32))
    k = Tensor(np.random.randn(1, 2, 4, 8).astype(np.float32))
    start_pos = Tensor(np.array([5], dtype=np.int32))
    return RotaryEmbedding(), (q, k, start_pos)
