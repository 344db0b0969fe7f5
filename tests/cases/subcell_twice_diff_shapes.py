# case: a sub-Cell called on two inputs of different row counts -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Field(nn.Cell):
    def __init__(self, width=16):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 1))

    def construct(self, xy):
        u = self.net(xy)
        return u * 2.0


class Loss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.field = Field()
        self.step = 0

    def construct(self, xy, xy_b):
        r = self.field(xy)
        u_b = self.field(xy_b)
        return (r ** 2).mean() + (u_b ** 2).mean()


def make():
    np.random.seed(20)
    xy = Tensor(np.random.rand(24, 2).astype(np.float32))
    xy_b = Tensor(np.random.rand(8, 2).astype(np.float32))
    return Loss(), (xy, xy_b)
