# case: ops.masked_select held in a dict attribute and called by key
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.table = {'select': ops.masked_select, 'abs': ops.abs}

    def construct(self, x):
        kept = self.table['select'](x, x > 0)
        return kept * 2


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)
