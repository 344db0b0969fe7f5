# case: MindSpore 1.x's argument validator, imported from a private module that no longer has it
import numpy as np
from mindspore import nn, ops, Tensor
from mindspore._checkparam import Validator


class Net(nn.Cell):
    def __init__(self, k=2):
        super().__init__()
        self.k = Validator.check_positive_int(k)

    def construct(self, x):
        return ops.unique(x)[0] * self.k


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
