# case: BARF-style coarse-to-fine encoding that keeps only the first k frequency bands, k from the training-progress tensor -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnnealedEncoding(nn.Cell):
    def __init__(self, n_freqs=8, start_freqs=2):
        super().__init__()
        self.n_freqs = n_freqs
        self.start_freqs = start_freqs
        self.freq_bands = Tensor((2.0 ** np.arange(n_freqs)).astype(np.float32) * np.pi)

    def active_bands(self, progress):
        k = ops.cast(self.start_freqs + progress * (self.n_freqs - self.start_freqs), ms.int32)
        k = ops.clamp(k, max=self.n_freqs)
        return k

    def construct(self, x, progress):
        k = self.active_bands(progress)
        bands = self.freq_bands[:k]
        scaled = (x[..., None] * bands).reshape(x.shape[0], -1)
        return ops.concat([x, ops.sin(scaled), ops.cos(scaled)], axis=-1)


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(16, 3).astype(np.float32))
    progress = Tensor(0.4, ms.float32)
    return AnnealedEncoding(), (x, progress)
