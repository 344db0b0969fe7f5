# case: ops.reduce_sum condition: a name is a tensor or -1
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        if ops.reduce_sum(x) > 0:
            y = x
        else:
            y = -1
        return y


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
