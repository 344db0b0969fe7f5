# case: sets requires_grad = False on an op result computed from the input in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Detach(nn.Cell):
    def construct(self, x):
        y = ops.relu(x) * 2
        y.requires_grad = False
        return y + 1


def make():
    return Detach(), (Tensor(np.ones((2, 3), np.float32)),)
