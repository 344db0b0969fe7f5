# case: near miss: the two-`for` comprehension in __init__ (Python), construct reads its result
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairGrid(nn.Cell):
    def __init__(self, n=3):
        super().__init__()
        self.pairs = [(i, j) for i in range(n) for j in range(n) if i != j]

    def construct(self, x):
        total = x * 0
        for i, j in self.pairs:
            total = total + x[i] * x[j]
        return total


def make():
    return PairGrid(), (Tensor(np.arange(3, dtype=np.float32)),)
