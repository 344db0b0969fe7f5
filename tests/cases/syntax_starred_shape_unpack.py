# case: starred assignment from x.shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        b, *rest = x.shape
        return x.reshape(b, -1) * len(rest)


def make():
    return Net(), (Tensor(np.ones((2, 3, 4), np.float32)),)
