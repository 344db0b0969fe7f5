import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a name bound only under a tensor condition, read after
class Net(nn.Cell):
    def construct(self, x):
        if x.sum() > 0:
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
