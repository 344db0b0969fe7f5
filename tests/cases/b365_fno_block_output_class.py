# case: Fourier neural operator block returning a plain Python output class when config.return_dict is True (the default) -> plain class instantiated and returned in construct (error or fallback)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockOutput:
    def __init__(self, hidden_states, spectrum=None):
        self.hidden_states = hidden_states
        self.spectrum = spectrum


class FNOConfig:
    def __init__(self, width=8, n_lon=16, modes=4, return_dict=True):
        self.width = width
        self.n_lon = n_lon
        self.modes = modes
        self.return_dict = return_dict


def dft_mats(n, m):
    k = np.arange(m)[:, None]
    x = np.arange(n)[None, :]
    ang = 2.0 * np.pi * k * x / n
    return np.cos(ang).astype(np.float32), (-np.sin(ang)).astype(np.float32)


class FNOBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        cos, sin = dft_mats(config.n_lon, config.modes)
        self.fc, self.fs = Tensor(cos), Tensor(sin)
        self.ic, self.is_ = Tensor(cos.T.copy() * 2 / config.n_lon), Tensor(sin.T.copy() * 2 / config.n_lon)
        self.mix = nn.Dense(config.width, config.width)
        self.skip = nn.Dense(config.width, config.width)
        self.return_dict = config.return_dict

    def construct(self, x):
        # x: (B, lat, lon, C)
        xt = x.swapaxes(2, 3)
        re = ops.matmul(xt, self.fc.T)
        im = ops.matmul(xt, self.fs.T)
        spec = ops.sqrt(re * re + im * im + 1e-6)
        y = ops.matmul(re, self.ic.T) + ops.matmul(im, self.is_.T)
        y = self.mix(y.swapaxes(2, 3)) + self.skip(x)
        y = ops.gelu(y)
        if not self.return_dict:
            return (y, spec)
        return BlockOutput(hidden_states=y, spectrum=spec)


class Wrapper(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.block = FNOBlock(config)

    def construct(self, x):
        out = self.block(x)
        return out.hidden_states


def make():
    np.random.seed(3659)
    net = Wrapper(FNOConfig())
    x = Tensor(np.random.randn(2, 8, 16, 8).astype(np.float32))
    return net, (x,)
