# case: construct inherited from a base Cell slices with an int attribute (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Base(nn.Cell):
    def construct(self, x):
        return self.pick(x) + 1

    def pick(self, x):
        return x


class Sub(Base):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def pick(self, x):
        return x[: self.n]


def make():
    return Sub(2), (Tensor(np.arange(6, dtype=np.float32)),)
