# case: mint.masked_select stored on the Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.sel = mint.masked_select

    def construct(self, x):
        return self.sel(x, x > 0) * 2


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)
