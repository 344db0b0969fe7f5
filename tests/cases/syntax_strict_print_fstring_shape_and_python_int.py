# case: prints an f-string of a Tensor's shape and a Python int attribute -> static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.n = 3

    def construct(self, x):
        y = x * 2
        print(f"shape={x.shape} n={self.n}")
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
