# case: near miss: tensor-dependent while halves values without changing shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        while x.sum() > 10:
            x = x / 2
        return x


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
