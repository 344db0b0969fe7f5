# case: a list comprehension with two `for` clauses over Python ranges only, in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairGrid(nn.Cell):
    def __init__(self, n=3):
        super().__init__()
        self.n = n

    def construct(self, x):
        pairs = [(i, j) for i in range(self.n) for j in range(self.n) if i != j]
        total = x * 0
        for i, j in pairs:
            total = total + x[i] * x[j]
        return total


def make():
    return PairGrid(), (Tensor(np.arange(3, dtype=np.float32)),)
