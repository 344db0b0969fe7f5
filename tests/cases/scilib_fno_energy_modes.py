# case: 1D Fourier layer keeps only the modes whose spectral energy exceeds a threshold, mode count from the data -> slice lengths from tensor values, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FourierConfig:
    width = 4
    grid = 32
    max_modes = 12
    energy_tol = 1e-3


def _dft_basis(n, m):
    k = np.arange(m)[None, :]
    x = np.arange(n)[:, None]
    ang = 2.0 * np.pi * x * k / n
    return np.cos(ang).astype(np.float32), np.sin(ang).astype(np.float32)


class AdaptiveSpectralConv1d(nn.Cell):
    def __init__(self, config):
        super().__init__()
        c, n, m = config.width, config.grid, config.max_modes
        cos, sin = _dft_basis(n, m)
        self.cos = Tensor(cos)
        self.sin = Tensor(sin)
        self.icos = Tensor(cos.T * 2.0 / n)
        self.isin = Tensor(sin.T * 2.0 / n)
        self.energy_tol = config.energy_tol
        scale = 1.0 / (c * c)
        self.w_re = Parameter(Tensor(scale * np.random.rand(c, c, m).astype(np.float32)), name="w_re")
        self.w_im = Parameter(Tensor(scale * np.random.rand(c, c, m).astype(np.float32)), name="w_im")

    def _active_modes(self, x_re, x_im):
        energy = (x_re * x_re + x_im * x_im).mean(axis=(0, 1))
        return int((energy > self.energy_tol).astype(ms.int32).sum())

    def construct(self, x):
        x_re = ops.matmul(x, self.cos)
        x_im = -ops.matmul(x, self.sin)
        m = self._active_modes(x_re, x_im)
        x_re, x_im = x_re[..., :m], x_im[..., :m]
        w_re, w_im = self.w_re[..., :m], self.w_im[..., :m]
        o_re = (x_re.expand_dims(2) * w_re - x_im.expand_dims(2) * w_im).sum(axis=1)
        o_im = (x_re.expand_dims(2) * w_im + x_im.expand_dims(2) * w_re).sum(axis=1)
        return ops.matmul(o_re, self.icos[:m]) - ops.matmul(o_im, self.isin[:m])


def make():
    np.random.seed(3)
    x = Tensor(np.random.randn(2, 4, 32).astype(np.float32))
    return AdaptiveSpectralConv1d(FourierConfig()), (x,)
