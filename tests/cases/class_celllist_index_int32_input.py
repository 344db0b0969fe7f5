# case: a CellList indexed by an int32 scalar tensor input
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(8, 4) for _ in range(4)])

    def construct(self, x, n):
        return self.heads[n](x)


def make():
    return Net(), (Tensor(np.ones((4, 8), np.float32)), Tensor(3, ms.int32))
