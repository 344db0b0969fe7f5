# case: coarse-to-fine encoding using a smooth cosine window over all bands (progress is a tensor, shapes fixed) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowedEncoding(nn.Cell):
    def __init__(self, n_freqs=8, use_window=True):
        super().__init__()
        self.n_freqs = n_freqs
        self.use_window = use_window
        self.band_idx = Tensor(np.arange(n_freqs).astype(np.float32))
        self.freq_bands = Tensor((2.0 ** np.arange(n_freqs)).astype(np.float32) * np.pi)

    def window(self, progress):
        alpha = progress * self.n_freqs
        w = ops.clamp(alpha - self.band_idx, 0.0, 1.0)
        return 0.5 * (1.0 - ops.cos(w * np.pi))

    def construct(self, x, progress):
        n = x.shape[0]
        scaled = x[..., None] * self.freq_bands
        enc = ops.stack([ops.sin(scaled), ops.cos(scaled)], axis=-2)
        if self.use_window:
            enc = enc * self.window(progress)
        return ops.concat([x, enc.reshape(n, -1)], axis=-1)


def make():
    np.random.seed(9)
    x = Tensor(np.random.randn(16, 3).astype(np.float32))
    return WindowedEncoding(), (x, Tensor(0.4, ms.float32))
