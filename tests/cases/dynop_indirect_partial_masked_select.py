# case: functools.partial over ops.masked_select stored on the Cell
import functools
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pick = functools.partial(ops.masked_select)

    def construct(self, x):
        kept = self.pick(x, x > 0)
        return kept * 2


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)
