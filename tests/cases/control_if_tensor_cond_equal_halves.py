# case: tensor-condition branches take equal-length halves
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Half(nn.Cell):
    def construct(self, x):
        if x[0] > x[-1]:
            y = x[:4]
        else:
            y = x[4:]
        return y


def make():
    return Half(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)
