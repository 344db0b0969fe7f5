# case: returns a comparison tensor or the Python bool False
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        if ops.reduce_max(x) > 5:
            return False
        return ops.less(x, 0)


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
