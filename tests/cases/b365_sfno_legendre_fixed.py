# case: spherical Fourier neural operator layer with precomputed Gaussian-quadrature-weighted Legendre and DFT matrices and config-fixed truncation, spectral weights created in a helper -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class SFNOConfig:
    def __init__(self, n_lat=8, n_lon=16, l_max=4, m_max=4, width=6, n_layers=2, scale_init=0.02):
        self.n_lat, self.n_lon = n_lat, n_lon
        self.l_max, self.m_max = l_max, m_max
        self.width = width
        self.n_layers = n_layers
        self.scale_init = scale_init


def legendre_basis(n_lat, l_max):
    x, w = np.polynomial.legendre.leggauss(n_lat)
    p = np.stack([np.polynomial.legendre.Legendre.basis(l)(x) for l in range(l_max)], 0)
    return (p * w[None, :]).astype(np.float32), p.T.copy().astype(np.float32)


class SFNOLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        fwd, inv = legendre_basis(config.n_lat, config.l_max)
        self.leg_fwd, self.leg_inv = Tensor(fwd), Tensor(inv)
        k = np.arange(config.m_max)[:, None] * np.arange(config.n_lon)[None, :] * 2 * np.pi / config.n_lon
        self.dft = Tensor(np.cos(k).T.copy().astype(np.float32))
        self.idft = Tensor((np.cos(k) * 2.0 / config.n_lon).astype(np.float32))
        self._build_weights(config)
        self.skip = nn.Dense(config.width, config.width)

    def _build_weights(self, config):
        shape = (config.width, config.width)
        self.spec_w = Parameter(initializer(Normal(config.scale_init), shape, ms.float32), name="spec_w")

    def construct(self, x):
        # x: (B, C, lat, lon)
        xm = ops.matmul(x, self.dft)
        xl = ops.matmul(self.leg_fwd, xm)
        xl = ops.tensor_dot(xl, self.spec_w, ((1,), (0,))).transpose(0, 3, 1, 2)
        y = ops.matmul(ops.matmul(self.leg_inv, xl), self.idft)
        s = self.skip(x.transpose(0, 2, 3, 1)).transpose(0, 3, 1, 2)
        return ops.gelu(y + s)


class SFNO(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([SFNOLayer(config) for _ in range(config.n_layers)])

    def construct(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x) if i == 0 else x + layer(x)
        return x


def make():
    np.random.seed(3687)
    cfg = SFNOConfig()
    net = SFNO(cfg)
    x = Tensor(np.random.randn(2, cfg.width, cfg.n_lat, cfg.n_lon).astype(np.float32))
    return net, (x,)
