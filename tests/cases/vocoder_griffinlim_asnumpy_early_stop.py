# case: Griffin-Lim phase reconstruction with DFT matrices and early stop via .asnumpy() on spectral error -> compile error at line 43
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def dft_bases(n_fft):
    k = np.arange(n_fft // 2 + 1)[:, None]
    n = np.arange(n_fft)[None, :]
    ang = 2 * np.pi * k * n / n_fft
    win = np.hanning(n_fft + 1)[:-1]
    return (np.cos(ang) * win).astype(np.float32), (-np.sin(ang) * win).astype(np.float32)


class GriffinLim(nn.Cell):
    def __init__(self, n_fft=16, n_iter=8, tol=1e-3):
        super().__init__()
        cos_b, sin_b = dft_bases(n_fft)
        self.cos_b = Tensor(cos_b)
        self.sin_b = Tensor(sin_b)
        self.n_iter = n_iter
        self.tol = tol

    def analyze(self, frames):
        return ops.matmul(frames, self.cos_b.T), ops.matmul(frames, self.sin_b.T)

    def synthesize(self, re, im):
        return (ops.matmul(re, self.cos_b) + ops.matmul(im, self.sin_b)) * (2.0 / self.cos_b.shape[1])

    def construct(self, mag):
        # mag: (n_frames, n_bins); frames are not overlapped to keep it small
        re = mag
        im = ops.zeros_like(mag)
        prev_err = 1e9
        for _ in range(self.n_iter):
            frames = self.synthesize(re, im)
            re2, im2 = self.analyze(frames)
            norm = ops.sqrt(re2 * re2 + im2 * im2) + 1e-8
            re = mag * re2 / norm
            im = mag * im2 / norm
            err = ops.abs(norm - mag).mean()
            # stop when the spectral error no longer improves
            if abs(prev_err - err.asnumpy()) < self.tol:
                break
            prev_err = float(err.asnumpy())
        return self.synthesize(re, im).reshape(-1)


def make():
    np.random.seed(7)
    mag = np.abs(np.random.randn(4, 9)).astype(np.float32)
    return GriffinLim(), (Tensor(mag),)
