# case: CellList indexed by an argmax tensor (int64) to pick a head; expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PickHead(nn.Cell):
    def __init__(self):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(8, 4) for _ in range(3)])
        self.gate = nn.Dense(8, 3)

    def construct(self, x):
        best = self.gate(x).mean(axis=0).argmax()
        return self.heads[best](x)


def make():
    return PickHead(), (Tensor(np.ones((2, 8), np.float32)),)
