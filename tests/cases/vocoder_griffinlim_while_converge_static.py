# case: Griffin-Lim iterating in a while loop on a tensor convergence test with a max-iteration cap, fixed shapes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvergentGriffinLim(nn.Cell):
    def __init__(self, n_bins=9, max_iter=6, tol=1e-4):
        super().__init__()
        n_fft = 2 * (n_bins - 1)
        k = np.arange(n_bins)[:, None]
        n = np.arange(n_fft)[None, :]
        self.cos_b = Tensor(np.cos(2 * np.pi * k * n / n_fft).astype(np.float32))
        self.sin_b = Tensor(-np.sin(2 * np.pi * k * n / n_fft).astype(np.float32))
        self.scale = 1.0 / n_fft
        self.max_iter = max_iter
        self.tol = tol

    def step(self, mag, re, im):
        frames = (ops.matmul(re, self.cos_b) + ops.matmul(im, self.sin_b)) * self.scale
        re2, im2 = ops.matmul(frames, self.cos_b.T), ops.matmul(frames, self.sin_b.T)
        norm = ops.sqrt(re2 * re2 + im2 * im2) + 1e-8
        err = ops.abs(norm - mag).mean()
        return mag * re2 / norm, mag * im2 / norm, err, frames

    def construct(self, mag):
        re, im = mag, ops.zeros_like(mag)
        frames = ops.zeros((mag.shape[0], self.cos_b.shape[1]), mag.dtype)
        err = Tensor(1e9, ms.float32)
        it = Tensor(0, ms.int32)
        while err > self.tol and it < self.max_iter:
            re, im, err, frames = self.step(mag, re, im)
            it = it + 1
        return frames.reshape(-1), it


def make():
    np.random.seed(36)
    mag = np.abs(np.random.randn(4, 9)).astype(np.float32)
    return ConvergentGriffinLim(), (Tensor(mag),)
