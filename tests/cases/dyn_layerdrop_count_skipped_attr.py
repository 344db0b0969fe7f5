# case: stochastic depth block counts how often it was skipped by incrementing a plain Python attribute on self in construct -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SkippableBlock(nn.Cell):
    def __init__(self, dim=16, survival_prob=0.8):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.norm = nn.LayerNorm((dim,))
        self.survival_prob = survival_prob
        self.num_skipped = 0

    def residual(self, x):
        return ops.gelu(self.fc(self.norm(x)))

    def construct(self, x, gate):
        if gate < self.survival_prob:
            return x + self.residual(x) / self.survival_prob
        self.num_skipped += 1
        return x


class StochasticDepthMLP(nn.Cell):
    def __init__(self, dim=16, depth=3):
        super().__init__()
        self.blocks = nn.CellList([SkippableBlock(dim, 1.0 - 0.1 * i) for i in range(depth)])

    def construct(self, x, gates):
        for i, blk in enumerate(self.blocks):
            x = blk(x, gates[i])
        return x


def make():
    np.random.seed(16)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    gates = Tensor(np.array([0.2, 0.95, 0.5], np.float32))
    return StochasticDepthMLP(), (x, gates)
