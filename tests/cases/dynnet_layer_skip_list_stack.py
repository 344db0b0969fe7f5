# case: layer-skipping network appends the output of each executed layer to a list only when its tensor gate fires, then stacks the list -> dynamic-length list from data, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatedResidual(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.body = nn.Dense(dim, dim)
        self.gate = nn.Dense(dim, 1)

    def construct(self, x):
        return x + ops.relu(self.body(x)), ops.sigmoid(self.gate(x)).mean()


class SkipNet(nn.Cell):
    def __init__(self, dim=16, depth=4):
        super().__init__()
        self.blocks = nn.CellList([GatedResidual(dim) for _ in range(depth)])
        self.head = nn.Dense(dim, 5)

    def construct(self, x):
        executed = []
        for block in self.blocks:
            y, g = block(x)
            if g > 0.5:
                x = y
                executed.append(x)
        if len(executed) == 0:
            executed.append(x)
        feats = ops.stack(executed, axis=0).mean(axis=0)
        return self.head(feats)


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(2, 16).astype(np.float32))
    return SkipNet(), (x,)
