# case: sub-Cell with a tensor-valued branch returning different lengths
import numpy as np
import mindspore as ms
from mindspore import nn


class Trim(nn.Cell):
    def construct(self, x):
        if x[0] > 0:
            x = x[1:]
        return x


class Model(nn.Cell):
    def __init__(self):
        super().__init__()
        self.trim = Trim()

    def construct(self, x):
        return self.trim(x) * 3


def make():
    return Model(), (ms.Tensor(np.array([1, 2, 3], np.float32)),)
