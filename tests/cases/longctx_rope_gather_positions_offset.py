# case: rotary embedding at a decoding offset that gathers cos/sin rows at arange(seq_len) + start_pos instead of slicing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RotaryWithOffset(nn.Cell):
    def __init__(self, head_dim=8, max_positions=64, base=10000.0, interleaved=False):
        super().__init__()
        self.interleaved = interleaved
        inv_freq = 1.0 / (base ** (np.arange(0, head_dim, 2, dtype=np.float32) / head_dim))
        freqs = np.outer(np.arange(max_positions, dtype=np.float32), inv_freq)
        self.cos_table = Tensor(np.cos(np.concatenate([freqs, freqs], -1)))
        self.sin_table = Tensor(np.sin(np.concatenate([freqs, freqs], -1)))

    def rotate(self, x):
        if self.interleaved:
            x1, x2 = x[..., 0::2], x[..., 1::2]
            return ops.stack((-x2, x1), axis=-1).reshape(x.shape)
        half = x.shape[-1] // 2
        return ops.concat((-x[..., half:], x[..., :half]), axis=-1)

    def construct(self, q, k, start_pos):
        seq_len = q.shape[2]
        positions = ops.arange(seq_len, dtype=ms.int32) + start_pos
        cos = ops.gather(self.cos_table, positions, 0)
        sin = ops.gather(self.sin_table, positions, 0)
        return q * cos + self.rotate(q) * sin, k * cos + self.rotate(k) * sin


def make():
    np.random.seed(22)
    q = Tensor(np.random.randn(1, 2, 3, 8).astype(np.float32))
    k = Tensor(np.random.randn(1, 2, 3, 8).astype(np.float32))
    start_pos = Tensor(7, ms.int32)
    return RotaryWithOffset(), (q, k, start_pos)
