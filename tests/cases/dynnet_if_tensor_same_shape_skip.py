# case: layer skipping with an if on a tensor gate where both branches keep the same shape (run the block or pass through) -> control flow on tensor with static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SkipGate(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.fc = nn.Dense(dim, 1)

    def construct(self, x):
        return ops.sigmoid(self.fc(x.mean(axis=0, keep_dims=True))).squeeze()


class SkipBlock(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.gate = SkipGate(dim)
        self.body = nn.SequentialCell([nn.Dense(dim, dim), nn.ReLU(), nn.Dense(dim, dim)])

    def construct(self, x):
        g = self.gate(x)
        if g > 0.5:
            x = x + self.body(x)
        else:
            x = x * 1.0
        return x, g


def make():
    np.random.seed(28)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return SkipBlock(), (x,)
