# case: near miss: the two tables the Cell holds have the same 3 rows of 2 (np.array literals bound to locals)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Route(nn.Cell):
    def __init__(self):
        super().__init__()
        a = np.array([[0.0, 0.0], [1.0, 2.0], [6.0, 0.0]], np.float32)
        b = np.array([[0.0, 0.0], [3.0, 1.0], [6.0, 0.0]], np.float32)
        self.long = Tensor(a)
        self.short = Tensor(b)

    def construct(self, swell):
        if swell.max() > 2.5:
            route = self.long
        else:
            route = self.short
        d = route[1:] - route[:-1]
        return ops.sqrt((d * d).sum(axis=1))


def make():
    np.random.seed(3)
    return Route(), (Tensor(np.random.uniform(1.5, 3.5, 6).astype(np.float32)),)
