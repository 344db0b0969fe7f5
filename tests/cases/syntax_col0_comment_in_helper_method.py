# case: a comment at column 0 in a helper method that construct calls
import numpy as np
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def _scale(self, x):
        out = x * 2
#       out = ops.relu(out)
        return out

    def construct(self, x):
        return self._scale(x) + ops.ones_like(x)


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
