# case: a module dict indexed with int() of a tensor -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TABLE = {0: (0, 1), 1: (2, 3), 2: (4, 5)}


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.table = TABLE

    def construct(self, x, k):
        rules = TABLE[int(k)]
        return x * Tensor(rules, ms.float32).sum()


def make():
    return Net(), (Tensor(np.ones((2,), np.float32)), Tensor(1, ms.int32))
