# case: construct loops over a list attribute of functional ops, one of them nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.steps = [ops.abs, ops.nonzero]

    def construct(self, x):
        for step in self.steps:
            x = step(x)
        return x


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 0], np.float32)),)
