import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: near miss: `ops.zeros((n, self.dim), ms.float32)`, sizes in one tuple and the dtype second: builds; construct adds the table
class PosEmb(nn.Cell):
    def __init__(self, dim=4, n=8):
        super().__init__()
        self.dim = dim
        self.pe = ops.zeros((n, self.dim), ms.float32)

    def construct(self, x):
        return x + self.pe


def make():
    return PosEmb(), (Tensor(np.ones((8, 4), np.float32)),)
