# case: inscription line encoder stacks residual layers from an nn.CellList and loops over them with a constant range -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualMLP(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.fc1 = nn.Dense(dim, dim * 2)
        self.fc2 = nn.Dense(dim * 2, dim)

    def construct(self, x):
        return x + self.fc2(ops.gelu(self.fc1(self.norm(x))))


class LineEncoder(nn.Cell):
    def __init__(self, dim=16, depth=3, n_glyphs=24):
        super().__init__()
        self.layers = nn.CellList([ResidualMLP(dim) for _ in range(depth)])
        self.depth = depth
        self.head = nn.Dense(dim, n_glyphs)

    def construct(self, x):
        for i in range(self.depth):
            x = self.layers[i](x)
        return self.head(x)


def make():
    np.random.seed(39)
    return LineEncoder(), (Tensor(np.random.randn(2, 9, 16).astype(np.float32)),)
