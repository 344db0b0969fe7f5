import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: `if USE_BIAS:` on a module-level bool, no else, read after
USE_BIAS = True


class Net(nn.Cell):
    def construct(self, x):
        if USE_BIAS:
            y = x * 2
        return y + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
