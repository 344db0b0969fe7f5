# case: multi-strand tension model applying a CellList of per-strand layers in a loop, with an optional residual config flag -> CellList loop and Python bool flag, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrandLayer(nn.Cell):
    def __init__(self, width):
        super().__init__()
        self.fc = nn.Dense(width, width)
        self.act = nn.Tanh()

    def construct(self, x):
        return self.act(self.fc(x))


class ClosingTensionNet(nn.Cell):
    def __init__(self, width=8, n_layers=3, residual=True):
        super().__init__()
        self.layers = nn.CellList([StrandLayer(width) for _ in range(n_layers)])
        self.residual = residual
        self.head = nn.Dense(width, 1)

    def construct(self, features):
        h = features
        for layer in self.layers:
            if self.residual:
                h = h + layer(h)
            else:
                h = layer(h)
        return self.head(h).squeeze(-1)


def make():
    np.random.seed(221)
    x = np.random.normal(0, 1, size=(7, 8)).astype(np.float32)
    return ClosingTensionNet(), (Tensor(x),)
