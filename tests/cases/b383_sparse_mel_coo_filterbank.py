# case: mel front end stores the triangular filterbank as COO indices/values built by a helper and rebuilds an ms.COOTensor in construct, densifying it before the power-spectrum matmul -> sparse tensor created in construct, Graph mode may reject or handle it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_FFT_BINS = 65
N_MELS = 16


def triangular_filterbank(n_bins, n_mels):
    edges = np.linspace(0, n_bins - 1, n_mels + 2)
    fb = np.zeros((n_mels, n_bins), np.float32)
    for m in range(n_mels):
        lo, mid, hi = edges[m], edges[m + 1], edges[m + 2]
        for b in range(n_bins):
            if lo <= b <= mid and mid > lo:
                fb[m, b] = (b - lo) / (mid - lo)
            elif mid < b <= hi and hi > mid:
                fb[m, b] = (hi - b) / (hi - mid)
    return fb


class SparseMelFrontEnd(nn.Cell):
    def __init__(self, n_bins=N_FFT_BINS, n_mels=N_MELS, log_offset=1e-6):
        super().__init__()
        self.log_offset = log_offset
        self._build_sparse(triangular_filterbank(n_bins, n_mels))

    def _build_sparse(self, fb):
        rows, cols = np.nonzero(fb)
        self.fb_indices = Tensor(np.stack([rows, cols], 1).astype(np.int32))
        self.fb_values = Tensor(fb[rows, cols])
        self.fb_shape = fb.shape

    def construct(self, power_spec):
        fb = ms.COOTensor(self.fb_indices, self.fb_values, self.fb_shape)
        mel = ops.matmul(power_spec, fb.to_dense().T)
        return ops.log(mel + self.log_offset)


def make():
    np.random.seed(3839)
    spec = np.abs(np.random.randn(2, 49, N_FFT_BINS)).astype(np.float32) ** 2
    return SparseMelFrontEnd(), (Tensor(spec),)
