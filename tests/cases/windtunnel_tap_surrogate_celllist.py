# case: small MLP surrogate predicting lift and drag coefficients from a pressure tap row, looping over a CellList of hidden layers with an optional residual flag -> loop over layers and config flag, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TapBlock(nn.Cell):
    def __init__(self, width):
        super().__init__()
        self.dense = nn.Dense(width, width)
        self.act = nn.Tanh()

    def construct(self, x):
        return self.act(self.dense(x))


class CoefficientSurrogate(nn.Cell):
    def __init__(self, n_taps=32, width=64, n_layers=3, residual=True):
        super().__init__()
        self.stem = nn.Dense(n_taps, width)
        self.blocks = nn.CellList([TapBlock(width) for _ in range(n_layers)])
        self.head = nn.Dense(width, 2)
        self.residual = residual

    def construct(self, cp_row):
        h = self.stem(cp_row)
        for block in self.blocks:
            if self.residual:
                h = h + block(h)
            else:
                h = block(h)
        cl_cd = self.head(h)
        return cl_cd[:, 0], cl_cd[:, 1]


def make():
    np.random.seed(191)
    cp = np.random.randn(5, 32).astype(np.float32)
    return CoefficientSurrogate(), (Tensor(cp),)
