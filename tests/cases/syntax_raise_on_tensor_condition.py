# case: raise ValueError under an if with a tensor comparison; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CheckedDiv(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x, d):
        if ops.abs(d).min() < 1e-8:
            raise ValueError("division by zero")
        return x / d


def make():
    x = Tensor(np.ones((2, 4), np.float32))
    d = Tensor(np.full((2, 4), 2.0, np.float32))
    return CheckedDiv(), (x, d)
