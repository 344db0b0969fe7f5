# case: variable cast to int32 with ops.cast in one branch of a tensor if, then returned
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        y = x * 2
        if mint.sum(x) > 0:
            y = ops.cast(y, ms.int32)
        else:
            y = y + 1
        return y


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
