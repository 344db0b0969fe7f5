# case: animal health scorer that gathers its outputs in a dict with constant string keys built in construct and returns selected entries -> constant-key dict is supported, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HealthBlock(nn.Cell):
    def __init__(self, d):
        super().__init__()
        self.fc = nn.Dense(d, d)

    def construct(self, x):
        return x + ops.tanh(self.fc(x))


class HealthScorer(nn.Cell):
    def __init__(self, d=12, n_blocks=3):
        super().__init__()
        self.blocks = nn.CellList([HealthBlock(d) for _ in range(n_blocks)])
        self.body_condition = nn.Dense(d, 1)
        self.appetite = nn.Dense(d, 1)

    def construct(self, vitals):
        h = vitals
        for blk in self.blocks:
            h = blk(h)
        out = {"bcs": ops.sigmoid(self.body_condition(h)) * 5.0,
               "appetite": ops.sigmoid(self.appetite(h))}
        return out["bcs"], out["appetite"]


def make():
    np.random.seed(221)
    return HealthScorer(), (Tensor(np.random.randn(5, 12).astype(np.float32)),)
