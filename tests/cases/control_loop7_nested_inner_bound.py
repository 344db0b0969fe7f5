# case: a name bound in an inner for loop, read after the inner loop inside the outer one
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        total = x * 0
        for i in range(2):
            for j in range(3):
                row = x[j] * i
            total = total + row
        return total


def make():
    return Net(), (Tensor(np.ones((3, 4), np.float32)),)
