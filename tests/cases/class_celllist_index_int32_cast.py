# case: a CellList indexed by an argmax cast to int32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(8, 4) for _ in range(3)])
        self.gate = nn.Dense(8, 3)

    def construct(self, x, n):
        best = ops.cast(self.gate(x).mean(axis=0).argmax(), ms.int32)
        return self.heads[best](x)


def make():
    return Net(), (Tensor(np.ones((4, 8), np.float32)), Tensor(3, ms.int32))
