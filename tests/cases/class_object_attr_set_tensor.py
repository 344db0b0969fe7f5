# case: attribute of a plain object stored on self is overwritten with a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Memo:
    def __init__(self):
        self.last = 0.0


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.memo = Memo()

    def construct(self, x):
        self.memo.last = x.max()
        return x - self.memo.last


def make():
    return Net(), (Tensor(np.arange(3, dtype=np.float32)),)
