# case: tensor condition via ops.reduce_sum: tensor against a Python float
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        y = ops.relu(x)
        if ops.reduce_sum(y) > 100:
            return 1.0
        return y


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
