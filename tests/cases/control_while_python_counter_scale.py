# case: while loop on a python counter with a same-shape body
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Pow(nn.Cell):
    def construct(self, x):
        i = 0
        while i < 3:
            x = x * x
            i += 1
        return x


def make():
    return Pow(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)
