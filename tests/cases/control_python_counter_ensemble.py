# case: ensemble averages sub-networks with a Python while counter bounded by an int attribute (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Ensemble(nn.Cell):
    def __init__(self, n=3):
        super().__init__()
        self.members = nn.CellList([nn.Dense(4, 2) for _ in range(n)])
        self.n = n

    def construct(self, x):
        acc = ops.zeros((x.shape[0], 2), ms.float32)
        i = 0
        while i < self.n:
            acc = acc + self.members[i](x)
            i += 1
        return acc / self.n


def make():
    return Ensemble(), (Tensor(np.random.randn(5, 4).astype(np.float32)),)
