# case: hot-wire turbulence spectrum computed with precomputed cosine/sine DFT matrices and matmul -> pure tensor ops, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def dft_basis(n):
    k = np.arange(n // 2 + 1)[:, None]
    t = np.arange(n)[None, :]
    ang = 2 * np.pi * k * t / n
    return np.cos(ang).astype(np.float32), np.sin(ang).astype(np.float32)


class HotWireSpectrumDFT(nn.Cell):
    def __init__(self, n_samples=512, fs=10000.0):
        super().__init__()
        cos_b, sin_b = dft_basis(n_samples)
        self.cos_b = Tensor(cos_b)
        self.sin_b = Tensor(sin_b)
        self.norm = 1.0 / (fs * n_samples)

    def construct(self, u_record):
        u = u_record - u_record.mean(-1, keep_dims=True)
        re = ops.matmul(u, self.cos_b.T)
        im = ops.matmul(u, self.sin_b.T)
        psd = (re * re + im * im) * self.norm
        tke = 0.5 * (u * u).mean(-1)
        return psd, tke


def make():
    np.random.seed(102)
    t = np.arange(512) / 10000.0
    u = 20.0 + 0.8 * np.sin(2 * np.pi * 250 * t)[None, :] + 0.3 * np.random.randn(2, 512)
    return HotWireSpectrumDFT(), (Tensor(u.astype(np.float32)),)
