# case: type() of a sub-Cell (a compile-time object), compared with a class
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(3, 3)

    def construct(self, x):
        if type(self.dense) is nn.Dense:
            x = x * 2
        return self.dense(x)


def make():
    return Net(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
