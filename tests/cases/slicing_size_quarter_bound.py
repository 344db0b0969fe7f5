# case: slice bounded by x.size // 4
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Quarter(nn.Cell):
    def construct(self, x):
        return x[:x.size // 4]


def make():
    return Quarter(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)
