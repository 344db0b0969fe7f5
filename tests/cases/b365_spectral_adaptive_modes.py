# case: spectral filter keeping only the zonal wavenumbers that hold 95% of the energy, with the mode count taken from the cumulative spectrum and used in ops.narrow -> narrow length from tensor values (error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FilterConfig:
    def __init__(self, n_lon=16, max_modes=8, energy_frac=0.95, adaptive=True):
        self.n_lon = n_lon
        self.max_modes = max_modes
        self.energy_frac = energy_frac
        self.adaptive = adaptive


def real_dft(n, m):
    k = np.arange(m)[:, None]
    x = np.arange(n)[None, :]
    a = 2.0 * np.pi * k * x / n
    return np.cos(a).astype(np.float32), np.sin(a).astype(np.float32)


class AdaptiveSpectralFilter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        c, s = real_dft(config.n_lon, config.max_modes)
        self.c, self.s = Tensor(c), Tensor(s)
        self.n_lon = config.n_lon
        self.frac = config.energy_frac
        self.adaptive = config.adaptive
        self.max_modes = config.max_modes

    def _n_modes(self, power):
        e = power.mean(axis=(0, 1, 2))
        cum = ops.cumsum(e, 0) / e.sum()
        return int((cum < self.frac).astype(ms.int32).sum()) + 1

    def construct(self, x):
        re = ops.matmul(x, self.c.T)
        im = ops.matmul(x, self.s.T)
        m = self._n_modes(re * re + im * im) if self.adaptive else self.max_modes
        re_k = ops.narrow(re, 3, 0, m)
        im_k = ops.narrow(im, 3, 0, m)
        c_k = ops.narrow(self.c, 0, 0, m)
        s_k = ops.narrow(self.s, 0, 0, m)
        return (ops.matmul(re_k, c_k) + ops.matmul(im_k, s_k)) * (2.0 / self.n_lon)


def make():
    np.random.seed(3686)
    net = AdaptiveSpectralFilter(FilterConfig())
    x = Tensor(np.random.randn(2, 3, 8, 16).astype(np.float32))
    return net, (x,)
