# case: EEG band powers (delta/theta/alpha/sigma/beta) via a fixed DFT basis matmul and ops.log -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def dft_basis(n, fs, bands):
    t = np.arange(n) / fs
    cols = []
    for lo, hi in bands:
        f = 0.5 * (lo + hi)
        cols.append(np.cos(2 * np.pi * f * t))
        cols.append(np.sin(2 * np.pi * f * t))
    return np.stack(cols, axis=1).astype(np.float32)


class BandPower(nn.Cell):
    BANDS = ((0.5, 4.0), (4.0, 8.0), (8.0, 12.0), (12.0, 15.0), (15.0, 30.0))

    def __init__(self, n_samples=128, fs=64.0):
        super().__init__()
        self.n_bands = len(self.BANDS)
        self.basis = Tensor(dft_basis(n_samples, fs, self.BANDS))

    def construct(self, eeg):
        proj = ops.matmul(eeg, self.basis)
        proj = proj.reshape(eeg.shape[0], self.n_bands, 2)
        power = (proj * proj).sum(axis=-1)
        rel = power / power.sum(axis=-1, keepdims=True)
        return ops.log(rel + 1e-6)


def make():
    np.random.seed(28)
    eeg = np.random.randn(5, 128).astype(np.float32)
    return BandPower(), (Tensor(eeg),)
