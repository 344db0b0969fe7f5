# case: loop over a CellList of Dense blocks
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Stack3(nn.Cell):
    def __init__(self):
        super().__init__()
        self.blocks = nn.CellList([nn.Dense(4, 4) for _ in range(3)])

    def construct(self, x):
        for b in self.blocks:
            x = ops.relu(b(x))
        return x


def make():
    return Stack3(), (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)),)
