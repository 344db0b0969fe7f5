# case: near miss: a Python number handed to __init__ compared in an index makes a Python bool, which adds an axis: static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, thr):
        super().__init__()
        self.thr = thr

    def construct(self, err):
        sel = err[self.thr < 0.5]
        return sel.mean()


def make():
    return Net(0.3), (Tensor(np.ones((4, 4), np.float32)),)
