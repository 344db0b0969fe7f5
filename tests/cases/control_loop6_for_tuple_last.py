# case: a name bound in each pass of a for over a tuple of tensors, the last one read after the loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        for t in (x, x * 2, x * 3):
            last = ops.relu(t)
        return last


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)
