# case: StridedSlice primitive from __init__ with constant tuples
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import operations as P

class Every2(nn.Cell):
    def __init__(self):
        super().__init__()
        self.ss = P.StridedSlice()

    def construct(self, x):
        return self.ss(x, (0, 0), (6, 4), (2, 1))


def make():
    return Every2(), (Tensor(np.linspace(-1, 1, 24, dtype=np.float32).reshape(6, 4)),)
