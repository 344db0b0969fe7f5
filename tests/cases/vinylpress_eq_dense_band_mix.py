# case: apply a tridiagonal band-mixing matrix (built in __init__ as a dense Parameter) to per-band cutting levels -> dense matmul, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def band_mixing_dense(n_bands):
    m = np.eye(n_bands, dtype=np.float32) * 0.5
    for b in range(n_bands - 1):
        m[b, b + 1] = 0.25
        m[b + 1, b] = 0.25
    return m


class BandMixer(nn.Cell):
    def __init__(self, n_bands=10, trainable=False):
        super().__init__()
        self.mix = Parameter(Tensor(band_mixing_dense(n_bands)), name="mix", requires_grad=trainable)

    def construct(self, band_levels):
        return ops.matmul(self.mix, band_levels)


def make():
    np.random.seed(34)
    lv = np.random.randn(10, 1).astype(np.float32)
    return BandMixer(), (Tensor(lv),)
