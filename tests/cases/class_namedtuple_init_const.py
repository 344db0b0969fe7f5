# case: namedtuple of ints created in __init__, fields used in construct
import numpy as np
from collections import namedtuple
import mindspore as ms
from mindspore import nn, Tensor

Shape2 = namedtuple("Shape2", "rows cols")


class View(nn.Cell):
    def __init__(self):
        super().__init__()
        self.shape2 = Shape2(2, 3)

    def construct(self, x):
        return x.reshape((self.shape2.rows, self.shape2.cols))


def make():
    return View(), (Tensor(np.ones(6, np.float32)),)
