# case: two imports of names 2.10 lacks: importing the module stops at the first
import numpy as np
from mindspore import nn, Tensor
from mindspore.common.api import ms_function
from mindspore._checkparam import Validator, Rel


class Net(nn.Cell):
    def construct(self, x):
        return x[x > 0]


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
