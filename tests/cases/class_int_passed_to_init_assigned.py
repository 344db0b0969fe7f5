# case: near miss of the above: an int handed to the constructor and reassigned in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Counter(nn.Cell):
    def __init__(self, start):
        super().__init__()
        self.count = start

    def construct(self, x):
        self.count = self.count + 1
        return x * 2


def make():
    return Counter(0), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
