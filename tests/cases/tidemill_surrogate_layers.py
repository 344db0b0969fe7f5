# case: small MLP surrogate of a tidal-stream turbine power curve, looping over a CellList of hidden layers with an optional residual flag -> loops over Python-sized layer list and config flags, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HiddenBlock(nn.Cell):
    def __init__(self, width):
        super().__init__()
        self.dense = nn.Dense(width, width)
        self.act = nn.Tanh()

    def construct(self, x):
        return self.act(self.dense(x))


class PowerSurrogate(nn.Cell):
    """Inputs: current speed, yaw misalignment, water depth, turbulence intensity."""

    def __init__(self, n_features=4, width=16, depth=3, residual=True):
        super().__init__()
        self.inp = nn.Dense(n_features, width)
        self.blocks = nn.CellList([HiddenBlock(width) for _ in range(depth)])
        self.head = nn.Dense(width, 1)
        self.residual = residual

    def construct(self, features):
        h = self.inp(features)
        for blk in self.blocks:
            if self.residual:
                h = h + blk(h)
            else:
                h = blk(h)
        return ops.relu(self.head(h)).squeeze(-1)


def make():
    np.random.seed(3309)
    feats = np.random.randn(32, 4).astype(np.float32)
    return PowerSurrogate(), (Tensor(feats),)
