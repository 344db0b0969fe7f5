# case: branch on a module-level boolean constant
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

USE_PAD = False


class P2(nn.Cell):
    def construct(self, x):
        if USE_PAD:
            x = ops.pad(x, (2, 2))
        return x + 1


def make():
    return P2(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)
