# case: a rotary embedding cache sliced by int(past_length) where past_length is a tensor input, so the slice bound is a runtime value and the sliced cos/sin get dynamic shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RotaryEmbedding(nn.Cell):
    def __init__(self, dim=8, max_positions=64, base=10000.0):
        super().__init__()
        inv_freq = 1.0 / (base ** (np.arange(0, dim, 2, dtype=np.float32) / dim))
        t = np.arange(max_positions, dtype=np.float32)
        freqs = np.outer(t, inv_freq)
        emb = np.concatenate([freqs, freqs], axis=-1)
        self.cos_cached = Tensor(np.cos(emb))
        self.sin_cached = Tensor(np.sin(emb))

    def construct(self, x, past_length):
        seq_len = x.shape[1]
        start = int(past_length)
        cos = self.cos_cached[start:start + seq_len]
        sin = self.sin_cached[start:start + seq_len]
        return x * cos + x * sin


def make():
    x = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    return RotaryEmbedding(), (x, Tensor(5, ms.int32))
