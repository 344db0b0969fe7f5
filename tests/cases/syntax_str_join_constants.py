# case: string join of constants used as a key
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.table = {"a_b": 3.0}

    def construct(self, x):
        key = "_".join(("a", "b"))
        return x * self.table[key]


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
