# case: a GRUCell step given an input the interpreter computed (NumPy on a host copy)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Step(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.cell = nn.GRUCell(dim, dim)

    def construct(self, x, h):
        clipped = Tensor(np.clip(x.asnumpy(), -1.0, 1.0))
        h = self.cell(clipped, h)
        return h * 2


def make():
    np.random.seed(1)
    return Step(), (Tensor(np.random.randn(2, 4).astype(np.float32)), Tensor(np.zeros((2, 4), np.float32)))
