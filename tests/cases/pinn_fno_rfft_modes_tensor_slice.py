# case: FNO spectral layer takes rfft and keeps the first n_modes coefficients where n_modes is passed as a tensor -> slice bound from tensor data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SpectralFilter1d(nn.Cell):
    def __init__(self, n_grid=32, max_modes=12):
        super().__init__()
        self.n_grid = n_grid
        self.gain = Parameter(Tensor(np.linspace(1.0, 0.2, max_modes).astype(np.float32)), name="gain")

    def construct(self, u, n_modes):
        u_hat = ops.rfft(u, dim=-1)
        kept = u_hat[..., :n_modes]
        g = self.gain[:n_modes]
        re = ops.real(kept) * g
        im = ops.imag(kept) * g
        # irfft zero-fills the truncated high modes up to n // 2 + 1
        return ops.irfft(ops.Complex()(re, im), n=self.n_grid, dim=-1)


class FNO1d(nn.Cell):
    def __init__(self):
        super().__init__()
        self.lift = nn.Dense(1, 1)
        self.spec = SpectralFilter1d()

    def construct(self, u, n_modes):
        v = self.lift(u.expand_dims(-1)).squeeze(-1)
        return v + self.spec(v, n_modes)


def make():
    np.random.seed(6)
    u = Tensor(np.random.randn(3, 32).astype(np.float32))
    return FNO1d(), (u, Tensor(8, ms.int32))
