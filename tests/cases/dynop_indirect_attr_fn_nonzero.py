# case: ops.nonzero stored on the Cell under another name
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.where_set = ops.nonzero

    def construct(self, x):
        idx = self.where_set(x > 1)
        return idx + 1


def make():
    return Net(), (Tensor(np.array([0, 2, 3, 1], np.float32)),)
