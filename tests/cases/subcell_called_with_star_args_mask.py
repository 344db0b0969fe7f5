# case: an outer Cell hands its inputs to the inner Cell as *args; the inner Cell selects rows with a boolean mask it may be given -> dynamic at the mask read
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Inner(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(4, 4)

    def construct(self, x, keep=None):
        if keep is not None:
            x = x[keep]
        return self.proj(x).sum(0)


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Inner()

    def construct(self, x, keep):
        args = (x * 2, keep)
        return self.inner(*args)


def make():
    np.random.seed(51)
    return Outer(), (Tensor(np.random.rand(6, 4).astype(np.float32)), Tensor(np.array([1, 0, 1, 1, 0, 1], np.bool_)))
