# case: near miss: self.training picks a tensor or 0 (a Python value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        if self.training:
            y = x
        else:
            y = 0
        return x + y


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
