# case: sums rows with a generator expression passed to built-in sum() over a static range; graph mode unrolls it and compiles statically at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class RowSum(nn.Cell):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def construct(self, x):
        total = sum(x[i] * (i + 1) for i in range(self.n))
        return total


def make():
    return RowSum(3), (Tensor(np.random.randn(3, 4).astype(np.float32)),)
