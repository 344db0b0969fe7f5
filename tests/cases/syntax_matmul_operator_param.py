# case: @ operator with a Parameter weight
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = ms.Parameter(Tensor(np.ones((3, 2), np.float32)), name="w")

    def construct(self, x):
        return x @ self.w


def make():
    return Net(), (Tensor(np.ones((4, 3), np.float32)),)
