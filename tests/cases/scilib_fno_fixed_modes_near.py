# case: FNO block with a spectral conv truncated to config.modes and a pointwise skip, dropout only in training -> all slice bounds are Python ints, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from dataclasses import dataclass


@dataclass
class FNOConfig:
    width: int = 8
    grid: int = 32
    modes: int = 8
    n_layers: int = 3
    dropout: float = 0.0


def dft_matrices(n, modes):
    k = np.arange(modes)[None, :]
    x = np.arange(n)[:, None]
    ang = 2.0 * np.pi * x * k / n
    return np.cos(ang).astype(np.float32), np.sin(ang).astype(np.float32)


class SpectralConv1d(nn.Cell):
    def __init__(self, width, grid, modes):
        super().__init__()
        self.modes = modes
        cos, sin = dft_matrices(grid, grid // 2)
        self.cos, self.sin = Tensor(cos), Tensor(sin)
        self.icos, self.isin = Tensor(cos.T * 2.0 / grid), Tensor(sin.T * 2.0 / grid)
        self._init_weights(width, modes)

    def _init_weights(self, width, modes):
        scale = 1.0 / (width * width)
        self.w_re = Parameter(Tensor(scale * np.random.rand(width, width, modes).astype(np.float32)), name="w_re")
        self.w_im = Parameter(Tensor(scale * np.random.rand(width, width, modes).astype(np.float32)), name="w_im")

    def construct(self, x):
        m = self.modes
        x_re = ops.matmul(x, self.cos)[..., :m]
        x_im = -ops.matmul(x, self.sin)[..., :m]
        o_re = (x_re.expand_dims(2) * self.w_re - x_im.expand_dims(2) * self.w_im).sum(axis=1)
        o_im = (x_re.expand_dims(2) * self.w_im + x_im.expand_dims(2) * self.w_re).sum(axis=1)
        return ops.matmul(o_re, self.icos[:m]) - ops.matmul(o_im, self.isin[:m])


class FNO1d(nn.Cell):
    def __init__(self, config: FNOConfig):
        super().__init__()
        self.spectral = nn.CellList([SpectralConv1d(config.width, config.grid, config.modes) for _ in range(config.n_layers)])
        self.pointwise = nn.CellList([nn.Conv1d(config.width, config.width, 1, has_bias=True) for _ in range(config.n_layers)])
        self.dropout = nn.Dropout(p=config.dropout) if config.dropout > 0 else None
        self.act = nn.GELU()

    def construct(self, x):
        for spec, pw in zip(self.spectral, self.pointwise):
            x = self.act(spec(x) + pw(x))
            if self.training and self.dropout is not None:
                x = self.dropout(x)
        return x


def make():
    np.random.seed(4)
    x = Tensor(np.random.randn(2, 8, 32).astype(np.float32))
    return FNO1d(FNOConfig()), (x,)
