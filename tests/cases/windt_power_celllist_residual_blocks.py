# case: power-curve regressor iterates over an nn.CellList of residual MLP blocks with a constant-length for loop -> unrolled constant loop, static expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualBlock(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.fc1 = nn.Dense(dim, dim)
        self.fc2 = nn.Dense(dim, dim)

    def construct(self, x):
        return x + self.fc2(ops.relu(self.fc1(x)))


class PowerCurveResNet(nn.Cell):
    def __init__(self, in_feats=4, dim=16, n_blocks=3, rated_kw=2300.0):
        super().__init__()
        self.inp = nn.Dense(in_feats, dim)
        self.blocks = nn.CellList([ResidualBlock(dim) for _ in range(n_blocks)])
        self.out = nn.Dense(dim, 1)
        self.rated_kw = rated_kw

    def construct(self, x):
        h = self.inp(x)
        for blk in self.blocks:
            h = blk(h)
        return ops.sigmoid(self.out(h)).squeeze(-1) * self.rated_kw


def make():
    np.random.seed(28)
    x = Tensor(np.random.randn(32, 4).astype(np.float32))
    return PowerCurveResNet(), (x,)
