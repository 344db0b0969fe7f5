# case: a name is a str before the tensor if and an int after one branch
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        label = "neg"
        if x.sum() > 0:
            label = 1
        return x, label


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
