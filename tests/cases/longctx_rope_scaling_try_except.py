# case: rotary embedding with NTK scaling whose construct wraps the cache lookup in try/except to fall back to on-the-fly frequencies -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NTKRotary(nn.Cell):
    def __init__(self, head_dim=8, max_cached=16, base=10000.0, ntk_alpha=2.0):
        super().__init__()
        self.head_dim = head_dim
        base = base * ntk_alpha ** (head_dim / (head_dim - 2))
        self.inv_freq = Tensor(1.0 / (base ** (np.arange(0, head_dim, 2) / head_dim)), ms.float32)
        t = np.arange(max_cached, dtype=np.float32)
        self.freq_cache = Tensor(np.outer(t, self.inv_freq.asnumpy()), ms.float32)

    def frequencies(self, seq_len):
        try:
            freqs = self.freq_cache[:seq_len]
        except IndexError:
            t = ops.arange(seq_len).astype(ms.float32)
            freqs = ops.outer(t, self.inv_freq)
        return freqs

    def construct(self, x):
        seq_len = x.shape[-2]
        freqs = self.frequencies(seq_len)
        x1, x2 = x[..., 0::2], x[..., 1::2]
        cos, sin = ops.cos(freqs), ops.sin(freqs)
        out = ops.stack((x1 * cos - x2 * sin, x1 * sin + x2 * cos), axis=-1)
        return out.reshape(x.shape)


def make():
    np.random.seed(15)
    x = Tensor(np.random.randn(1, 2, 6, 8).astype(np.float32))
    return NTKRotary(), (x,)
