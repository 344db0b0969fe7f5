# case: range "FFT" as a DFT matrix multiply with an optional Hann window controlled by a Python bool constructor flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RangeDFT(nn.Cell):
    def __init__(self, n_samples=16, use_window=True):
        super().__init__()
        self.use_window = use_window
        k = np.arange(n_samples)
        ang = -2 * np.pi * np.outer(k, k) / n_samples
        self.dft_re = Tensor(np.cos(ang).astype(np.float32))
        self.dft_im = Tensor(np.sin(ang).astype(np.float32))
        self.window = Tensor(np.hanning(n_samples).astype(np.float32))

    def construct(self, chirps):
        # chirps: (n_chirps, n_samples) real beat signal
        x = chirps - chirps.mean(axis=1, keep_dims=True)
        if self.use_window:
            x = x * self.window
        re = ops.matmul(x, self.dft_re)
        im = ops.matmul(x, self.dft_im)
        mag = ops.sqrt(re * re + im * im)
        half = x.shape[1] // 2
        return mag[:, :half]


def make():
    np.random.seed(35)
    t = np.arange(16)
    ch = np.cos(2 * np.pi * 3 * t / 16)[None, :] + 0.1 * np.random.randn(5, 16)
    return RangeDFT(), (Tensor(ch.astype(np.float32)),)
