# case: a parent Cell calls a helper method of its sub-Cell (not construct) that keeps the positive scores with masked_select -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scorer(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.proj = nn.Dense(dim, 1)

    def positives(self, x):
        s = self.proj(x).squeeze(-1)
        return ops.masked_select(s, s > 0)

    def construct(self, x):
        return self.proj(x)


class Head(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.scorer = Scorer(dim)

    def construct(self, x):
        picked = self.scorer.positives(x)
        return picked * 2.0


def make():
    np.random.seed(4)
    return Head(), (Tensor(np.random.randn(6, 8).astype(np.float32)),)
