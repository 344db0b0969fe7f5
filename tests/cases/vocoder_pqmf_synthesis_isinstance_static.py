# case: multi-band (PQMF-style) synthesis: subband signals upsampled by zero insertion and filtered, accepts tensor or tuple of bands -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def synthesis_filters(n_bands, taps):
    n = np.arange(taps) - (taps - 1) / 2
    proto = np.sinc(n / (2 * n_bands)) * np.hamming(taps) / (2 * n_bands)
    k = np.arange(n_bands)[:, None]
    h = 2 * proto[None, :] * np.cos((2 * k + 1) * np.pi / (2 * n_bands) * n[None, :]
                                    + (-1) ** k * np.pi / 4)
    return h.astype(np.float32)


class PQMFSynthesis(nn.Cell):
    def __init__(self, n_bands=4, taps=15):
        super().__init__()
        self.n_bands = n_bands
        filt = synthesis_filters(n_bands, taps)  # (bands, taps)
        self.weight = Tensor(filt[None, :, ::-1].copy() * n_bands)  # (1, bands, taps)
        self.pad = taps // 2

    def construct(self, bands):
        if isinstance(bands, (tuple, list)):
            bands = ops.stack(bands, axis=1)
        b, k, t = bands.shape
        up = ops.zeros((b, k, t, self.n_bands), bands.dtype)
        up = ops.concat((bands.expand_dims(-1), up[..., 1:]), axis=-1).reshape(b, k, t * self.n_bands)
        up = ops.pad(up, (self.pad, self.pad))
        return ops.conv1d(up, self.weight)


def make():
    np.random.seed(37)
    bands = tuple(Tensor(np.random.randn(1, 8).astype(np.float32)) for _ in range(4))
    return PQMFSynthesis(), (bands,)
