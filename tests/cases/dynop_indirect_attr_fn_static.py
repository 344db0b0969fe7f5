# case: near miss: a shape-preserving functional op stored on the Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.act = ops.relu

    def construct(self, x):
        y = self.act(x)
        return y * 2


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)
