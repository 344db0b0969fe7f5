# case: variable has rank 2 in one branch and rank 0 in the other, then returned
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        if x.sum() > 0:
            y = x
        else:
            y = x.sum()
        return y + 1


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
