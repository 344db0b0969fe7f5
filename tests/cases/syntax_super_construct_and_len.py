# case: a subclass calls super().construct(x) and uses len(x) and a str.format name on a constant; all supported, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Base(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(3, 3)

    def construct(self, x):
        return self.fc(x)


class Child(Base):
    def __init__(self):
        super().__init__()
        self.tag = "child_{}".format(3)

    def construct(self, x):
        y = super().construct(x)
        n = len(x)
        return y / n


def make():
    return Child(), (Tensor(np.random.randn(4, 3).astype(np.float32)),)
