# case: a name bound only under a tensor if inside a constant for loop, read after the loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        for i in range(3):
            if x.sum() > i:
                y = x * i
            x = x + 1
        return y


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
