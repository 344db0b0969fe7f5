# case: tensor if/elif/else returns: the elif returns a tuple
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        s = ops.reduce_mean(x)
        if s > 10:
            return x
        elif s > 0:
            return x, s
        else:
            return -x


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
