# case: near miss: set literals at module level and in __init__
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALLOWED = {1, 2}


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.n = len({"cat", "dog"} | ALLOWED)

    def construct(self, x):
        return x * self.n


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32) - 3),)
