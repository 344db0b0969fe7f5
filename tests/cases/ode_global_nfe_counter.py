# case: module-level global counter of function evaluations incremented from the vector field's construct -> Graph mode global write (error or silently constant)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NFE = 0


class CountedField(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def construct(self, y):
        global NFE
        NFE = NFE + 1
        return ops.tanh(self.fc(y))


class MidpointSolver(nn.Cell):
    def __init__(self, steps=6, h=0.1):
        super().__init__()
        self.f = CountedField()
        self.steps = steps
        self.h = h

    def construct(self, y):
        for _ in range(self.steps):
            k1 = self.f(y)
            y = y + self.h * self.f(y + 0.5 * self.h * k1)
        return y


def make():
    np.random.seed(15)
    y = Tensor(np.random.randn(3, 4).astype(np.float32))
    return MidpointSolver(), (y,)
