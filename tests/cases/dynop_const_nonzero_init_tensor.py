# case: ops.nonzero on a constant tensor stored on the Cell in __init__
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.mask = Tensor(np.array([0, 1, 1, 0], np.float32))

    def construct(self, x):
        idx = ops.nonzero(self.mask)
        return x + idx.sum()


def make():
    return Net(), (Tensor(np.array([1.0, 2.0], np.float32)),)
