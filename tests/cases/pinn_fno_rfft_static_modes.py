# case: FNO spectral layer truncates rfft coefficients to self.modes set in the constructor and zero-pads back -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SpectralFilter1d(nn.Cell):
    def __init__(self, n_grid=32, modes=8):
        super().__init__()
        self.n_grid = n_grid
        self.modes = modes
        self.n_freq = n_grid // 2 + 1
        self.gain_re = Parameter(Tensor(np.linspace(1.0, 0.2, modes).astype(np.float32)), name="gain_re")
        self.gain_im = Parameter(Tensor(np.zeros(modes, np.float32)), name="gain_im")

    def construct(self, u):
        u_hat = ops.rfft(u, dim=-1)
        kept = u_hat[..., :self.modes]
        re, im = ops.real(kept), ops.imag(kept)
        out_re = re * self.gain_re - im * self.gain_im
        out_im = re * self.gain_im + im * self.gain_re
        pad = self.n_freq - self.modes
        out_re = ops.pad(out_re, (0, pad))
        out_im = ops.pad(out_im, (0, pad))
        return ops.irfft(ops.Complex()(out_re, out_im), n=self.n_grid, dim=-1)


class FNO1d(nn.Cell):
    def __init__(self, n_layers=2):
        super().__init__()
        self.layers = nn.CellList([SpectralFilter1d() for _ in range(n_layers)])
        self.act = nn.GELU()

    def construct(self, u):
        for layer in self.layers:
            u = self.act(u + layer(u))
        return u


def make():
    np.random.seed(7)
    u = Tensor(np.random.randn(3, 32).astype(np.float32))
    return FNO1d(), (u,)
