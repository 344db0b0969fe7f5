# case: jit_class instance built from x.shape integers in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit_class
class Dims:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols

    def numel(self):
        return self.rows * self.cols


class Net(nn.Cell):
    def construct(self, x):
        d = Dims(x.shape[0], x.shape[1])
        return x / d.numel()


def make():
    return Net(), (Tensor(np.ones((3, 4), np.float32)),)
