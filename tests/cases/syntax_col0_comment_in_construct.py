# case: a comment at column 0 inside construct: MindSpore's parser cannot dedent the method
import numpy as np
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, x):
        y = x * 2
# y = y * 3
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
