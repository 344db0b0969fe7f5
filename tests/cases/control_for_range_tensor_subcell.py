# case: sub-Cell loops over range() of a 0-d tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Repeat(nn.Cell):
    def construct(self, x, n):
        for _ in range(n):
            x = x * 0.5
        return x


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rep = Repeat()

    def construct(self, x, n):
        return self.rep(x, n)


def make():
    return Outer(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)), Tensor(np.array(3, np.int64)))
