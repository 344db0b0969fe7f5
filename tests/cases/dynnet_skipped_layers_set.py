# case: layer-skipping network records skipped layer indices in a Python set while looping over tensor gates, then returns how many layers ran -> set mutated by data-dependent branches in graph, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatedLayer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.gate = nn.Dense(dim, 1)

    def construct(self, x):
        return ops.sigmoid(self.gate(x)).mean()


class SetSkipNet(nn.Cell):
    def __init__(self, dim=12, depth=4):
        super().__init__()
        self.layers = nn.CellList([GatedLayer(dim) for _ in range(depth)])
        self.depth = depth

    def construct(self, x):
        skipped = set()
        for i in range(self.depth):
            layer = self.layers[i]
            if layer(x) < 0.5:
                skipped.add(i)
            else:
                x = x + ops.relu(layer.fc(x))
        return x, self.depth - len(skipped)


def make():
    np.random.seed(42)
    x = Tensor(np.random.randn(3, 12).astype(np.float32))
    return SetSkipNet(), (x,)
