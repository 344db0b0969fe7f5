# case: return of a Python int inside a tensor while loop, a tensor after it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        while x.sum() < 50:
            x = x * 2
            if x.max() > 10:
                return 0
        return x


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
