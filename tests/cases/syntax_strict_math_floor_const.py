# case: near miss: math.floor of a constant attribute
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
import math


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = 2.5

    def construct(self, x, k):
        return x * math.floor(self.scale)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
