# case: near miss of the SequentialCell tuple: the Cells unpacked from a generator expression are separate arguments, which SequentialCell takes; construct's boolean mask is compiled (dynamic shape)
import numpy as np
from mindspore import nn, Tensor


class Head(nn.Cell):
    def __init__(self, channels, depth=2):
        super().__init__()
        self.body = nn.SequentialCell(*(nn.Dense(channels, channels) for _ in range(depth)))

    def construct(self, x):
        return self.body(x)[x > 0]


def make():
    return Head(3), (Tensor(np.ones((2, 3), np.float32)),)
