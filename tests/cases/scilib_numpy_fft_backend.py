# case: spectral derivative layer for periodic fields uses a NumPy FFT backend when config.fft_backend is "numpy", which is the library default -> np.fft on asnumpy() of a tensor in construct, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectralConfig:
    length = 2.0 * np.pi
    fft_backend = "numpy"
    order = 1


def wavenumbers(n, length):
    return (2.0 * np.pi / length) * np.fft.rfftfreq(n, d=1.0 / n)


class SpectralDerivative(nn.Cell):
    def __init__(self, n, config=SpectralConfig()):
        super().__init__()
        self.k = wavenumbers(n, config.length)
        self.backend = config.fft_backend
        self.order = config.order
        self.n = n

    def _numpy_derivative(self, u):
        u_hat = np.fft.rfft(u.asnumpy(), axis=-1)
        du = np.fft.irfft((1j * self.k) ** self.order * u_hat, n=self.n, axis=-1)
        return Tensor(du.astype(np.float32))

    def construct(self, u):
        if self.backend == "numpy":
            return self._numpy_derivative(u)
        return ops.zeros_like(u)


def make():
    x = np.linspace(0, 2 * np.pi, 32, endpoint=False)
    u = np.stack([np.sin(x), np.cos(2 * x)]).astype(np.float32)
    return SpectralDerivative(32), (Tensor(u),)
