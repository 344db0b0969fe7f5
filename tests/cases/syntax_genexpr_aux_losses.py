# case: deep supervision sums auxiliary losses with sum() over a generator expression (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeepSup(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stages = nn.CellList([nn.Dense(4, 4) for _ in range(3)])
        self.aux = nn.CellList([nn.Dense(4, 2) for _ in range(3)])
        self.mse = nn.MSELoss()

    def construct(self, x, target):
        feats = []
        for s in self.stages:
            x = ops.relu(s(x))
            feats.append(x)
        return sum(self.mse(head(f), target) for head, f in zip(self.aux, feats))


def make():
    return DeepSup(), (Tensor(np.random.randn(3, 4).astype(np.float32)), Tensor(np.zeros((3, 2), np.float32)))
