# case: with-statement using a plain (non jit_class) context manager inside construct; expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scope:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


class Scoped(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(8, 8)

    def construct(self, x):
        with Scope("block"):
            y = self.fc(x)
        return ops.relu(y)


def make():
    return Scoped(), (Tensor(np.ones((2, 8), np.float32)),)
