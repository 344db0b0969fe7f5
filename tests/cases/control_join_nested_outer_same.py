# case: nested tensor ifs, all paths return one tensor of the same shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        if x.sum() > 0:
            if x.max() > 100:
                return x * 3
            return x
        return x * 2


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
