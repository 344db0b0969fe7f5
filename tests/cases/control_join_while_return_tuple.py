# case: return of a tuple inside a tensor while loop, a tensor after it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        while x.sum() < 100:
            x = x + 5
            if x.min() > 3:
                return x, x
        return x


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
