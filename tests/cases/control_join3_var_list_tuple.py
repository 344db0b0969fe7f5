# case: a name is a list in one branch of a tensor if and a tuple in the other
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        if x.sum() > 0:
            y = [x, x]
        else:
            y = (x, x)
        return y


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
