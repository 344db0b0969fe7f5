# case: fast Griffin-Lim loop that logs spectral convergence per iteration with an f-string of the tensor value -> compile error at line 36
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FastGriffinLim(nn.Cell):
    def __init__(self, n_bins=9, n_iter=3, alpha=0.99, verbose=True):
        super().__init__()
        n_fft = 2 * (n_bins - 1)
        k = np.arange(n_bins)[:, None]
        n = np.arange(n_fft)[None, :]
        self.cos_b = Tensor(np.cos(2 * np.pi * k * n / n_fft).astype(np.float32))
        self.sin_b = Tensor(-np.sin(2 * np.pi * k * n / n_fft).astype(np.float32))
        self.n_fft = n_fft
        self.n_iter = n_iter
        self.alpha = alpha
        self.verbose = verbose

    def project(self, re, im):
        frames = (ops.matmul(re, self.cos_b) + ops.matmul(im, self.sin_b)) / self.n_fft
        return ops.matmul(frames, self.cos_b.T), ops.matmul(frames, self.sin_b.T), frames

    def construct(self, mag):
        re, im = mag, ops.zeros_like(mag)
        tre, tim = re, im
        frames = ops.zeros((mag.shape[0], self.n_fft), ms.float32)
        for it in range(self.n_iter):
            pre, pim, frames = self.project(re, im)
            norm = ops.sqrt(pre ** 2 + pim ** 2) + 1e-8
            nre, nim = mag * pre / norm, mag * pim / norm
            re, im = nre + self.alpha * (nre - tre), nim + self.alpha * (nim - tim)
            tre, tim = nre, nim
            if self.verbose:
                sc = ops.norm(norm - mag) / ops.norm(mag)
                print(f"griffin-lim iter {it}: spectral convergence {float(sc):.4f}")
        return frames.reshape(-1)


def make():
    np.random.seed(31)
    mag = np.abs(np.random.randn(3, 9)).astype(np.float32)
    return FastGriffinLim(), (Tensor(mag),)
