# case: `with` on a @ms.jit_class context manager stored on self (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


@ms.jit_class
class Scope:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scope = Scope()

    def construct(self, x):
        with self.scope:
            y = x + 1
        return y


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
