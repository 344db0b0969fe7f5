# case: a helper called for its effect, as a bare statement, keeps the elements a mask selects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.total = Parameter(Tensor(0.0, ms.float32), name="total")

    def accumulate(self, scale, x):
        kept = x[x > 0]
        ops.assign_add(self.total, kept.sum() * scale)

    def construct(self, x):
        self.accumulate(0.5, x)
        return x + self.total


def make():
    return Net(), (Tensor(np.array([-1.0, 2.0, 3.0], np.float32)),)
