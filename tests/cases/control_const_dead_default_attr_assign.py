# case: an attribute assignment under a defaulted construct flag that is False
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cache = None

    def construct(self, x, keep: bool = False):
        if keep:
            self.cache = x
        return x * 2


def make():
    return Net(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
