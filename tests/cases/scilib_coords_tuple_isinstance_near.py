# case: coordinate-based PINN accepts coordinates either as one tensor or as a tuple (x, y, t), guarded by isinstance, optional Fourier feature matrix defaulting to None -> isinstance/None checks resolved at compile time, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class FieldNetConfig:
    hidden = 32
    n_fourier = 8
    fourier_scale = 2.0
    use_fourier = True


def fourier_features(x, b):
    proj = 2.0 * np.pi * ops.matmul(x, b)
    return ops.concat((ops.sin(proj), ops.cos(proj)), axis=-1)


class CoordinateFieldNet(nn.Cell):
    def __init__(self, config, in_dim=3, fourier_matrix: Optional[np.ndarray] = None):
        super().__init__()
        if config.use_fourier and fourier_matrix is None:
            fourier_matrix = config.fourier_scale * np.random.randn(in_dim, config.n_fourier)
        self.B = Tensor(fourier_matrix.astype(np.float32)) if fourier_matrix is not None else None
        feat = 2 * config.n_fourier if self.B is not None else in_dim
        self.mlp = nn.SequentialCell([nn.Dense(feat, config.hidden), nn.Tanh(), nn.Dense(config.hidden, 1)])

    def _stack_coords(self, coords):
        if isinstance(coords, (list, tuple)):
            return ops.concat([c if c.ndim == 2 else c.expand_dims(-1) for c in coords], axis=-1)
        return coords

    def construct(self, coords, params=None):
        x = self._stack_coords(coords)
        if self.B is not None:
            x = fourier_features(x, self.B)
        u = self.mlp(x)
        if params is not None and isinstance(params, Tensor):
            u = u * params
        return u


def make():
    np.random.seed(38)
    xyt = tuple(Tensor(np.random.rand(40).astype(np.float32)) for _ in range(3))
    return CoordinateFieldNet(FieldNetConfig()), (xyt,)
