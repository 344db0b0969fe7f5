# case: epidemic curve Cell that concatenates each day's incidence onto a growing trajectory inside a while loop that stops when incidence falls below a level -> loop-carried tensor changes shape, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ExtinctionCurve(nn.Cell):
    def __init__(self, level=1.0):
        super().__init__()
        self.beta = Parameter(Tensor(0.2, ms.float32), name="beta")
        self.gamma = Parameter(Tensor(0.3, ms.float32), name="gamma")
        self.level = level

    def advance(self, s, i, n):
        inf = self.beta * s * i / n
        return s - inf, i + inf - self.gamma * i

    def construct(self, s0, i0):
        n = s0 + i0
        s, i = s0, i0
        curve = i0.reshape(1, -1)
        while i.sum() > self.level:
            s, i = self.advance(s, i, n)
            curve = ops.concat((curve, i.reshape(1, -1)), axis=0)
        return curve


def make():
    np.random.seed(34)
    i0 = np.random.uniform(5, 20, size=3).astype(np.float32)
    s0 = np.random.uniform(200, 400, size=3).astype(np.float32)
    return ExtinctionCurve(), (Tensor(s0), Tensor(i0))
